package org.conflictledger.integrity;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Gives every single resource an ETag made from its row version: any response body that is a record
 * with a {@code long version} component (strikes, cease-fires, negotiation events, tracks, sources,
 * parties). A GET whose If-None-Match names the current tag is answered 304 without a body.
 */
@ControllerAdvice
class EntityTagAdvice implements ResponseBodyAdvice<Object> {

    private static final ClassValue<MethodHandle> VERSION = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return null;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals("version") && component.getType() == long.class) {
                    try {
                        component.getAccessor().setAccessible(true);
                        return MethodHandles.lookup().unreflect(component.getAccessor());
                    } catch (IllegalAccessException | RuntimeException e) {
                        return null;
                    }
                }
            }
            return null;
        }
    };

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body == null) {
            return null;
        }
        MethodHandle accessor = VERSION.get(body.getClass());
        if (accessor == null) {
            return body;
        }
        long version;
        try {
            version = (long) accessor.invoke(body);
        } catch (Throwable e) {
            return body;
        }
        response.getHeaders().setETag(EntityTags.of(version));
        HttpMethod method = request.getMethod();
        if ((HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && EntityTags.matches(request.getHeaders().getFirst(HttpHeaders.IF_NONE_MATCH), version)) {
            response.setStatusCode(HttpStatus.NOT_MODIFIED);
            return null;
        }
        return body;
    }
}
