package dojo.lambda.sqs;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One message attribute as SQS keeps it: a data type ({@code String}, {@code Number},
 * {@code Binary}, optionally with a custom suffix such as {@code Number.float}) and its value.
 * The list values are reserved by AWS for future use and kept as given.
 */
record MessageAttribute(String dataType, String stringValue, byte[] binaryValue, List<String> stringListValues,
        List<byte[]> binaryListValues) {
    MessageAttribute {
        Objects.requireNonNull(dataType, "dataType");
        stringListValues = List.copyOf(stringListValues == null ? List.of() : stringListValues);
        binaryListValues = List.copyOf(binaryListValues == null ? List.of() : binaryListValues);
    }

    /** Checks the attribute named {@code name} as SQS does before accepting a message. */
    void validate(String name, String kind) {
        String base = dataType.contains(".") ? dataType.substring(0, dataType.indexOf('.')) : dataType;
        if (!base.equals("String") && !base.equals("Number") && !base.equals("Binary")) {
            throw SqsException.invalidParameter("The type of message (" + kind + ") attribute '" + name + "' is invalid. "
                    + "You must use only the following supported type prefixes: Binary, Number, String.");
        }
        boolean binary = base.equals("Binary");
        if (binary ? binaryValue == null || binaryValue.length == 0 : stringValue == null || stringValue.isEmpty()) {
            throw SqsException.invalidParameter("Message (" + kind + ") attribute '" + name + "' must contain a non-empty value of type '"
                    + base + "'.");
        }
        if (base.equals("Number") && !stringValue.trim().matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            throw SqsException.invalidParameter("Could not cast message (" + kind + ") attribute '" + name + "' value to number.");
        }
    }

    /** The bytes this attribute adds to a message's size: name, type and value, as AWS counts them. */
    long size(String name) {
        long value = stringValue != null ? Md5.utf8(stringValue).length : binaryValue != null ? binaryValue.length : 0;
        return Md5.utf8(name).length + Md5.utf8(dataType).length + value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MessageAttribute a && dataType.equals(a.dataType) && Objects.equals(stringValue, a.stringValue)
                && Arrays.equals(binaryValue, a.binaryValue) && stringListValues.equals(a.stringListValues)
                && binaryListValues.size() == a.binaryListValues.size();
    }

    @Override
    public int hashCode() {
        return Objects.hash(dataType, stringValue, Arrays.hashCode(binaryValue));
    }

    @Override
    public String toString() {
        return dataType + "=" + (stringValue != null ? stringValue : binaryValue == null ? "" : binaryValue.length + " bytes");
    }
}
