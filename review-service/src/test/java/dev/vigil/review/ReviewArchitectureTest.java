package dev.vigil.review;

import dev.vigil.platform.test.ServiceArchitectureContract;

class ReviewArchitectureTest implements ServiceArchitectureContract {

    @Override
    public String servicePackage() {
        return "dev.vigil.review";
    }
}
