package org.daftar.data.migration.step;

import java.util.List;

/** A change Daftar cannot make in one plan, forced or not; its risk says why and what to do instead. */
public record CannotApply(String words, String brief, Risk risk) implements Step {

    @Override
    public List<String> sql() {
        return List.of();
    }
}
