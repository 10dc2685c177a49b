package org.daftar.designer.versions;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines that differ between two texts, by their longest common subsequence: what was removed
 * from the older text and added in the newer, in order, each with its line number.
 */
public final class LineDiff {

    /** One changed line: {@code -} removed (numbered in the older text) or {@code +} added (in the newer). */
    public record Line(char change, int number, String text) {

        @Override
        public String toString() {
            return change + " " + number + ": " + text;
        }
    }

    private LineDiff() {}

    public static List<Line> of(String older, String newer) {
        String[] a = older.split("\n", -1);
        String[] b = newer.split("\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                lines.add(new Line('-', i + 1, a[i]));
                i++;
            } else {
                lines.add(new Line('+', j + 1, b[j]));
                j++;
            }
        }
        return lines;
    }
}
