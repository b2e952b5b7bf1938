package org.casebook.model;

/**
 * A name found in an item's text: its kind, the text as written and its character span, the canonical name when a
 * gazetteer knows it (organisations, places), and the role word next to it when there is one ("lawyer", "MEP").
 */
public record Mention(EntityKind kind, String surface, int begin, int end, String canonical, String cue) {
}
