package dojo.course.web;

import io.javalin.config.RoutesConfig;

/**
 * One area of the site registering its routes: lessons, cells, quizzes, accounts, dashboard.
 * Labs in the browser will join as one more group; CourseServer lists the groups in one place.
 */
public interface RouteGroup {
    void register(RoutesConfig routes);
}
