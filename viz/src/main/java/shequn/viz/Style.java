package shequn.viz;

import shequn.viz.style.Theme;

/** What every chart builder needs: the labels in the chosen language and the theme that can display them. */
public record Style(Messages messages, Theme theme) {
    public static Style of(Lang lang) {
        Messages m = new Messages(lang);
        return new Style(m, Theme.forText(m.allText()));
    }

    public String text(String key, Object... args) {
        return messages.text(key, args);
    }
}
