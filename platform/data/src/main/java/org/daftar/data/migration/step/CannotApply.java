package org.daftar.data.migration.step;

import java.util.List;
import org.daftar.data.migration.words.Words;

/** A change Daftar cannot make in one plan, forced or not; its risk says why and what to do instead. */
public record CannotApply(Words wording, String brief, Risk risk) implements Step {

    @Override
    public List<String> sql() {
        return List.of();
    }
}
