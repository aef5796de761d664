package orders;

/**
 * The warehouse's shipping service. Ask it to ship an order once the order is paid for. Like
 * any remote call it can be slow: WAREHOUSE_DELAYS_MS lists orders it takes its time over, as
 * {@code o-401=2000,o-501=5000} (the grader sets it; nothing is slow without it).
 * This file is provided: the grader compiles its own copy with every submission.
 */
public final class Warehouse {
    private Warehouse() {}

    public static void ship(String orderId) {
        for (String delay : System.getenv().getOrDefault("WAREHOUSE_DELAYS_MS", "").split(",")) {
            String[] parts = delay.split("=");
            if (parts.length == 2 && parts[0].strip().equals(orderId)) {
                try {
                    Thread.sleep(Long.parseLong(parts[1].strip()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        System.out.println("Shipped " + orderId);
    }
}
