package org.supervisionflow.gateway.web;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Answers a browser's page request for any of the web app's paths ({@code /tasks}, {@code /reports/…}) with the
 * app's {@code index.html}, so deep links, bookmarks and reloads work with the app's HTML5 history routing; the app
 * itself shows "not found" for a path it does not know. API calls, files (a name with a dot), the login and logout
 * endpoints and the actuator are left alone. Runs after Spring Security (filters without an order come last), so
 * an anonymous visitor is still sent to Keycloak and comes back to the page they asked for (but on the public pages
 * under {@code /public/}, which {@code SecurityConfiguration} lets anyone read).
 */
@Component
class SpaPages implements WebFilter {

    static final String INDEX = "/index.html";

    private static final List<String> NOT_PAGES =
            List.of("/api/", "/actuator/", "/oauth2/", "/login/", "/logout", "/fallback/", "/assets/");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!isPage(request)) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(request.mutate().path(INDEX).build()).build());
    }

    static boolean isPage(ServerHttpRequest request) {
        if (!HttpMethod.GET.equals(request.getMethod())) {
            return false;
        }
        String path = request.getPath().pathWithinApplication().value();
        if (path.equals("/") || path.equals("/api") || NOT_PAGES.stream().anyMatch(path::startsWith)) {
            return false;
        }
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return !lastSegment.contains(".") && acceptsHtml(request);
    }

    /** A browser navigating asks for HTML; the app's own fetch calls and scripts ask for JSON. */
    private static boolean acceptsHtml(ServerHttpRequest request) {
        return request.getHeaders().getAccept().stream()
                .anyMatch(type -> !type.isWildcardType() && type.isCompatibleWith(MediaType.TEXT_HTML));
    }
}
