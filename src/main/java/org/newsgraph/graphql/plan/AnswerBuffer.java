package org.newsgraph.graphql.plan;

import java.io.ByteArrayOutputStream;

import org.newsgraph.common.RequestLimitException;

/** The bytes of an answer, refused once they pass the answer size limit: before they fill the heap. */
final class AnswerBuffer extends ByteArrayOutputStream {
    private final long limit;

    AnswerBuffer(long limit) {
        super(8192);
        this.limit = limit;
    }

    @Override
    public synchronized void write(int b) {
        check(1);
        super.write(b);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        check(length);
        super.write(bytes, offset, length);
    }

    private void check(int more) {
        if (count + (long) more > limit) {
            throw RequestLimitException.answerTooLarge(limit);
        }
    }
}
