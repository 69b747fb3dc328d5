package dev.vigil.notification.obligations;

/** NIS2 Art. 3: essential and important entities carry the same Art. 23 reporting duties. */
public enum Nis2EntityType {
    ESSENTIAL, IMPORTANT
}
