package dojo.course.web;

import static dojo.course.Html.escape;

import dojo.course.store.LoginSession;

/**
 * The page shell shared by every page: a skip link, the site header with navigation and account
 * links, the main region, a footer, and only the scripts the page needs. No inline script, so the
 * Content-Security-Policy can forbid it.
 */
final class Layout {
    /** Which browser libraries a page needs. */
    record Assets(boolean code, boolean diagrams, boolean figures, boolean editor) {
        static final Assets NONE = new Assets(false, false, false);
        static final Assets EDITOR = new Assets(false, false, false, true);

        Assets(boolean code, boolean diagrams, boolean figures) {
            this(code, diagrams, figures, false);
        }
    }

    private Layout() {
    }

    static String page(String title, String courseTitle, LoginSession session, String main, Assets assets) {
        StringBuilder html = new StringBuilder(main.length() + 4096);
        html.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append(title.equals(courseTitle) ? "" : " · " + escape(courseTitle))
                .append("</title>\n");
        if (session != null) {
            html.append("<meta name=\"csrf-token\" content=\"").append(escape(session.csrfToken())).append("\">\n");
        }
        if (assets.code()) {
            html.append("<link rel=\"stylesheet\" href=\"").append(WebJars.HIGHLIGHT).append("/styles/github.min.css\">\n");
        }
        if (assets.editor()) {
            html.append("<link rel=\"stylesheet\" href=\"").append(WebJars.CODEMIRROR).append("/lib/codemirror.css\">\n");
        }
        html.append("<link rel=\"stylesheet\" href=\"/static/course.css\">\n</head>\n<body>\n")
                .append("<a class=\"skip-link\" href=\"#main\">Skip to content</a>\n")
                .append("<header class=\"site-header\"><nav aria-label=\"Site\">")
                .append("<a class=\"brand\" href=\"/\">").append(escape(courseTitle)).append("</a>")
                .append("<a href=\"/\">Course map</a><a href=\"/dashboard\">Progress</a>")
                .append(account(session)).append("</nav></header>\n")
                .append("<main id=\"main\" tabindex=\"-1\">\n").append(main).append("\n</main>\n")
                .append("<footer class=\"site-footer\"><p>").append(escape(courseTitle))
                .append(": AWS Lambda, learned by running your own handlers on mini-lambda.")
                .append(" <a href=\"/\">Course map</a> · <a href=\"/dashboard\">Your progress</a></p></footer>\n");
        if (assets.code()) {
            html.append(script(WebJars.HIGHLIGHT + "/highlight.min.js"));
            for (String language : new String[] {"java", "json", "yaml", "bash"}) {
                html.append(script(WebJars.HIGHLIGHT + "/languages/" + language + ".min.js"));
            }
        }
        if (assets.diagrams()) {
            html.append(script(WebJars.MERMAID));
        }
        if (assets.figures()) {
            html.append(script(WebJars.CHART)).append(script("/static/pricing.js")).append(script("/static/figures.js"));
        }
        if (assets.editor()) {
            html.append(script(WebJars.CODEMIRROR + "/lib/codemirror.js"))
                    .append(script(WebJars.CODEMIRROR + "/mode/clike/clike.js"))
                    .append(script(WebJars.CODEMIRROR + "/mode/javascript/javascript.js"))
                    .append(script(WebJars.CODEMIRROR + "/addon/edit/matchbrackets.js"))
                    .append(script("/static/lab-result.js")).append(script("/static/lab-grade.js"))
                    .append(script("/static/lab.js"));
        }
        html.append(script("/static/course.js")).append("</body>\n</html>\n");
        return html.toString();
    }

    private static String account(LoginSession session) {
        if (session == null) {
            return "";
        }
        if (session.learner().guest()) {
            return "<span class=\"account\"><a href=\"/login\">Log in</a><a href=\"/register\">Register</a></span>";
        }
        return "<span class=\"account\"><span class=\"who\">" + escape(session.learner().username()) + "</span>"
                + "<form method=\"post\" action=\"/logout\">" + csrfField(session)
                + "<button type=\"submit\" class=\"link\">Log out</button></form></span>";
    }

    static void send(io.javalin.http.Context ctx, int status, String html) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(html);
    }

    static String csrfField(LoginSession session) {
        return "<input type=\"hidden\" name=\"" + CsrfCheck.FIELD + "\" value=\"" + escape(session.csrfToken()) + "\">";
    }

    private static String script(String src) {
        return "<script src=\"" + src + "\" defer></script>\n";
    }
}
