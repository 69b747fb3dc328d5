package dev.vigil.platform.web;

import dev.vigil.platform.problem.InvalidInputException;

import java.util.List;

/** One page of a list: the items, where the page is, and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;

    /** Refuses a page request that makes no sense, naming the parameter. */
    public static void check(int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "min", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "range", "size must be between 1 and " + MAX_SIZE);
        }
    }
}
