package org.parley.support.browser;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a browser test its {@link Browsers}: as many browser sessions as the test opens (one per
 * user in a multi-user journey). When the test fails, each session's screen is saved to {@code
 * target/screenshots}; then all are closed.
 */
public class BrowserExtension
    implements ParameterResolver, AfterTestExecutionCallback, AfterEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(BrowserExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Browsers.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent("browsers", k -> new Browsers(), Browsers.class);
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    Browsers browsers = context.getStore(NAMESPACE).get("browsers", Browsers.class);
    if (browsers == null || context.getExecutionException().isEmpty()) {
      return;
    }
    Path dir = Path.of(System.getProperty("parley.screenshot.dir", "target/screenshots"));
    String name =
        context.getRequiredTestClass().getSimpleName()
            + "-"
            + context.getTestMethod().map(Method::getName).orElse("test")
            + "-"
            + context.getUniqueId().hashCode();
    List<Browser> open = new ArrayList<>(browsers.sessions());
    for (int i = 0; i < open.size(); i++) {
      open.get(i).saveScreenshot(dir.resolve(name + "-" + i + ".png"));
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Browsers browsers = context.getStore(NAMESPACE).remove("browsers", Browsers.class);
    if (browsers != null) {
      browsers.closeAll();
    }
  }
}
