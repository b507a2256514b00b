package org.reactivehss.diameter.peer;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import java.util.ArrayList;
import java.util.List;
import org.reactivehss.bus.LoopAffinity;
import org.reactivehss.diameter.codec.ApplicationHead;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.dict.ResultCode;

/**
 * The handlers of one application on this event loop, each a local consumer of its {@link
 * DiameterBus#address}, all behind the application's one {@link RequestCheck}: a request the check
 * refuses is answered there with the application's head and the refusal ({@link
 * ApplicationHead#answer}), and never reaches a handler.
 */
public final class ApplicationHandlers {
  private final Vertx vertx;
  private final RequestCheck check;
  private final String originHost;
  private final String originRealm;
  private final List<Future<Void>> registered = new ArrayList<>();

  private ApplicationHandlers(
      Vertx vertx, RequestCheck check, String originHost, String originRealm) {
    this.vertx = vertx;
    this.check = check;
    this.originHost = originHost;
    this.originRealm = originRealm;
  }

  /** Handlers answering as {@code originHost}/{@code originRealm}, each behind {@code check}. */
  public static ApplicationHandlers checkedBy(
      Vertx vertx, RequestCheck check, String originHost, String originRealm) {
    return new ApplicationHandlers(vertx, check, originHost, originRealm);
  }

  /** Serves {@code command} with {@code handler}, behind the check. */
  public ApplicationHandlers on(CommandDef command, Handler<Message<DiameterMessage>> handler) {
    registered.add(
        LoopAffinity.localConsumer(
            vertx.eventBus(),
            DiameterBus.address(command.applicationId(), command.code()),
            checked(handler)));
    return this;
  }

  /** Completes when every handler is registered. */
  public Future<Void> registered() {
    return Future.all(registered).mapEmpty();
  }

  private Handler<Message<DiameterMessage>> checked(Handler<Message<DiameterMessage>> handler) {
    return message -> {
      ResultCode refusal = check.refusal(message.body());
      if (refusal == null) {
        handler.handle(message);
      } else {
        DiameterAnswer.reply(
            message, ApplicationHead.answer(message.body(), refusal, originHost, originRealm));
      }
    };
  }
}
