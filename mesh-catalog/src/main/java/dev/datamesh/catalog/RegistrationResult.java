package dev.datamesh.catalog;

import dev.datamesh.catalog.plan.RegistrationPlan;

/** The outcome of a registration: its plan, whether it was applied, and how many changes were written. */
public record RegistrationResult(RegistrationPlan plan, boolean applied, int changesWritten) {}
