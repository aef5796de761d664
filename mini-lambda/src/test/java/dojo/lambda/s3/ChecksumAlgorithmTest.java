package dojo.lambda.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChecksumAlgorithmTest {
    private static String sum(ChecksumAlgorithm a, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ChecksumAlgorithm.Running r = a.start();
        r.update(bytes, 0, bytes.length);
        return r.base64();
    }

    @Test
    void crc64NvmeHasTheCatalogueCheckValue() {
        Crc64Nvme crc = new Crc64Nvme();
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        crc.update(check, 0, check.length);
        assertThat(crc.getValue()).isEqualTo(0xAE8B14860A799888L);
    }

    @Test
    void checksumsAreTheBase64OfTheirBigEndianBytes() {
        // the value the AWS SDK sent as its x-amz-checksum-crc32 trailer for this body
        assertThat(sum(ChecksumAlgorithm.CRC32, "hello world hello world hello world ")).isEqualTo("tdDnvw==");
        assertThat(sum(ChecksumAlgorithm.CRC32C, "123456789")).isEqualTo("4waSgw==");
        assertThat(sum(ChecksumAlgorithm.SHA256, "")).isEqualTo("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
        assertThat(sum(ChecksumAlgorithm.CRC64NVME, "123456789")).isEqualTo("rosUhgp5mIg=");
    }

    @Test
    void algorithmsAreFoundByNameOrHeader() {
        assertThat(ChecksumAlgorithm.named("crc32c")).isEqualTo(ChecksumAlgorithm.CRC32C);
        assertThat(ChecksumAlgorithm.named(" x-amz-checksum-sha256")).isEqualTo(ChecksumAlgorithm.SHA256);
        assertThat(ChecksumAlgorithm.named("md5")).isNull();
        assertThat(ChecksumAlgorithm.CRC32.header()).isEqualTo("x-amz-checksum-crc32");
        assertThat(ChecksumAlgorithm.CRC64NVME.element()).isEqualTo("ChecksumCRC64NVME");
    }
}
