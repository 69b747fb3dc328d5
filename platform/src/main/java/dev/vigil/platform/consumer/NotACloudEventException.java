package dev.vigil.platform.consumer;

/** A Kafka record without the CloudEvents attributes every Vigil event carries. */
class NotACloudEventException extends RuntimeException {
    NotACloudEventException(String message) {
        super(message);
    }
}
