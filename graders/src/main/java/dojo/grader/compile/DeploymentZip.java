package dojo.grader.compile;

import java.util.Arrays;
import java.util.Objects;

/** A deployment package (.zip bytes: classes at the root, the layer under {@code lib/}). */
public record DeploymentZip(byte[] bytes) {
    public DeploymentZip {
        Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeploymentZip other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "DeploymentZip[" + bytes.length + " bytes]";
    }
}
