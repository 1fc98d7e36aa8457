package org.employmentmonitor.notify;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Flow;

/**
 * A robot's reply body, of which at most {@code limit} bytes are kept (the rest is read and
 * dropped): a hostile or broken endpoint cannot fill the driver's memory. Decoded as UTF-8.
 */
final class CappedBody implements Flow.Subscriber<List<ByteBuffer>> {
  private final int limit;
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

  private CappedBody(int limit) {
    this.limit = limit;
  }

  static HttpResponse.BodySubscriber<String> subscriber(int limit) {
    CappedBody body = new CappedBody(limit);
    return HttpResponse.BodySubscribers.fromSubscriber(
        body, b -> new String(b.kept.toByteArray(), StandardCharsets.UTF_8));
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer b : buffers) {
      int n = Math.min(b.remaining(), limit - kept.size());
      if (n > 0) {
        byte[] bytes = new byte[n];
        b.get(bytes);
        kept.write(bytes, 0, n);
      }
    }
  }

  @Override
  public void onError(Throwable t) {}

  @Override
  public void onComplete() {}
}
