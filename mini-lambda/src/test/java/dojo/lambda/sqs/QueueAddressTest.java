package dojo.lambda.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueueAddressTest {
    private static final QueueAddress ORDERS = new QueueAddress("000000000000", "orders");

    @Test
    void onlyThePathOfAQueueUrlNamesTheQueue() {
        assertThat(QueueAddress.fromUrl("http://127.0.0.1:4566/000000000000/orders")).isEqualTo(ORDERS);
        assertThat(QueueAddress.fromUrl("https://sqs.us-east-1.amazonaws.com/000000000000/orders/")).isEqualTo(ORDERS);
        assertThat(QueueAddress.fromUrl("unix+http://engine//000000000000/orders")).isEqualTo(ORDERS);
    }

    @Test
    void aBarePathIsAQueueUrlToo() {
        assertThat(QueueAddress.fromUrl("/000000000000/orders")).isEqualTo(ORDERS);
        assertThat(QueueAddress.fromUrl("000000000000/orders")).isEqualTo(ORDERS);
    }

    @Test
    void aUrlWithoutAnAccountOrNameIsAnInvalidAddress() {
        for (String url : new String[] {"http://127.0.0.1:4566", "http://127.0.0.1:4566/orders", "http://host/00000/orders",
                "1http://host/000000000000"}) {
            assertThatThrownBy(() -> QueueAddress.fromUrl(url)).isInstanceOf(SqsException.class)
                    .hasMessageContaining("is not valid for this endpoint");
        }
    }
}
