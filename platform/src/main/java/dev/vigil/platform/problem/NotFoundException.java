package dev.vigil.platform.problem;

/** No such record, or one the caller may not know exists: answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super(what + " " + id + " not found");
    }
}
