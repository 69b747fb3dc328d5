package dev.vigil.policy;

import dev.vigil.platform.test.ServiceArchitectureContract;

class PolicyArchitectureTest implements ServiceArchitectureContract {

    @Override
    public String servicePackage() {
        return "dev.vigil.policy";
    }
}
