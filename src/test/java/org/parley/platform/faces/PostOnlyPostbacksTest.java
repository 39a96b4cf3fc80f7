package org.parley.platform.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostOnlyPostbacksTest {

  @ParameterizedTest
  @CsvSource({
    "GET,  jakarta.faces.ViewState,        true",
    "HEAD, jakarta.faces.ViewState,        true",
    "PUT,  jakarta.faces.ViewState,        true",
    "GET,  j_id1:jakarta.faces.ViewState,  true",
    "POST, jakarta.faces.ViewState,        false",
    "GET,  id,                             false",
    "GET,  '',                             false"
  })
  void onlyPostMayCarryAViewState(String method, String parameter, boolean refused) {
    assertEquals(refused, PostOnlyPostbacks.isPostbackWithoutPost(request(method, parameter)));
  }

  private static HttpServletRequest request(String method, String parameter) {
    List<String> names = parameter.isEmpty() ? List.of() : List.of(parameter, "other");
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            PostOnlyPostbacksTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, invoked, args) ->
                switch (invoked.getName()) {
                  case "getMethod" -> method;
                  case "getParameterNames" -> Collections.enumeration(names);
                  default -> throw new UnsupportedOperationException(invoked.getName());
                });
  }
}
