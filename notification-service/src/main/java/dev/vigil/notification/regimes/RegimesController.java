package dev.vigil.notification.regimes;

import dev.vigil.notification.obligations.Obligations;
import dev.vigil.notification.obligations.RegimeCatalogue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The regime catalogue the obligations are computed from: each rule with its citation, version and dates in force. */
@RestController
class RegimesController {

    private final Obligations engine;

    RegimesController(Obligations engine) {
        this.engine = engine;
    }

    @GetMapping("/api/regimes")
    RegimeCatalogue regimes() {
        return engine.catalogue();
    }
}
