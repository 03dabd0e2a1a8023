package cz.opora.family.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/**
 * What an assessment covers, from configuration (opora.assessment.*): the domains of decree 473/2012 §1 as
 * read for Opora, and the categories of the Leeds "6P" formulation. Domain ids are prefixed by whom they rate:
 * {@code child.} (per child), {@code parent.} (per parent or guardian), {@code family.} (once).
 */
@ConfigMapping(prefix = "opora.assessment")
public interface AssessmentFramework {
    @WithDefault("health,education,emotional-development,relationships,self-care,own-wishes")
    List<String> childDomains();

    @WithDefault("capacity-to-care,keeping-child-safe")
    List<String> parentDomains();

    @WithDefault("housing,finances-and-debts,employment,education,social-network")
    List<String> familyDomains();

    @WithDefault("presenting,predisposing,precipitating,perpetuating,protective")
    List<String> formulationCategories();

    /** Factors of these categories can be marked as priorities that become plan goals. */
    @WithDefault("perpetuating")
    List<String> priorityCategories();
}
