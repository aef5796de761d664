/*
 * Lambda pricing arithmetic shared by the figures (content/README.md, "Figures"), with the
 * engine's price sheet passed in. Works in the browser (window.DojoPricing) and in Node (tests).
 */
(function (root) {
  'use strict';

  /** One month's bill; prices from the price sheet JSON the server embeds in the page. */
  function monthlyBill(input, prices) {
    var billedMs = Math.ceil(input.durationMs);
    // MB x ms x count / 1,024,000 is exact in binary floating point for realistic sizes
    var gbSeconds = input.memoryMb * billedMs * input.invocationsPerMonth / 1024000;
    var billableGbSeconds = input.freeTier ? Math.max(0, gbSeconds - prices.freeGbSecondsPerMonth) : gbSeconds;
    var billableRequests = input.freeTier
      ? Math.max(0, input.invocationsPerMonth - prices.freeRequestsPerMonth) : input.invocationsPerMonth;
    var perGbSecond = prices.pricePerGbSecond[input.architecture];
    if (perGbSecond === undefined) {
      throw new Error('No price for architecture ' + input.architecture + '; the price sheet has '
        + Object.keys(prices.pricePerGbSecond).join(', '));
    }
    var compute = billableGbSeconds * perGbSecond;
    var requests = billableRequests * prices.pricePerRequest;
    return {
      billedMs: billedMs,
      gbSeconds: gbSeconds,
      billableGbSeconds: billableGbSeconds,
      billableRequests: billableRequests,
      computeUsd: compute,
      requestUsd: requests,
      totalUsd: compute + requests
    };
  }

  /** Duration of a CPU-bound invocation at a memory size: 1,769 MB buys one vCPU. */
  function durationAt(memoryMb, model) {
    var vcpus = memoryMb / 1769;
    var speed = Math.min(vcpus, model.threads);
    return Math.ceil(model.fixedMs + model.cpuMs / speed);
  }

  /** Rounds to cents for display, as "0.60". */
  function usd(amount) {
    return (Math.round(amount * 100 + Number.EPSILON) / 100).toFixed(2);
  }

  var api = { monthlyBill: monthlyBill, durationAt: durationAt, usd: usd };
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    root.DojoPricing = api;
  }
})(this);
