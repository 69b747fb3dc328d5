package dev.vigil.incident.timeline;

/**
 * A timeline entry with its place in the order facts arrived: an incident event by its sequence
 * number in the incident, another service's fact by its arrival number. Each order only grows, so
 * a live stream resumes from the last of each that it sent.
 *
 * @param sequence the incident event's sequence number, or -1 for another service's fact
 * @param arrival  the other service's fact's arrival number, or -1 for an incident event
 */
record Positioned(TimelineEntry entry, long sequence, long arrival) {

    boolean isIncidentEvent() {
        return sequence >= 0;
    }
}
