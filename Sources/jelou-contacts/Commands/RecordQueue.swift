import ContactModel
import Foundation

/// What the reading thread hands to the converting one, in input order.
enum ReadEvent: Sendable {
    /// Contacts as read, each with the diagnostics the reader reported with it.
    case records(file: String, RecordBatch)
    /// Diagnostics that belong to no contact (after the last card of a file, a skipped file).
    case diagnostics([Diagnostic])
    /// An input that could not be opened or read; reading stops.
    case failure(CommandFailure)
    /// Every input has been read.
    case end
}

/// Contacts as read, each with the diagnostics the reader reported with it.
typealias RecordBatch = [(ContactRecord, [Diagnostic])]

/// A bounded first-in first-out queue between one reading thread and one consumer, so that
/// reading a file and converting what was read use both cores while memory stays bounded.
final class RecordQueue: @unchecked Sendable {
    // Every stored property is read and written only while `condition` is locked.
    private let condition = NSCondition()
    private var events: [ReadEvent] = []
    private var head = 0
    private let capacity: Int
    private var cancelled = false
    /// Batches the consumer is done with, given back so that the reading thread, whose heap
    /// their contacts were allocated from, frees them: freed on the consumer's thread, every
    /// block goes back to the reader's heap under its lock, which the two threads then contend for.
    private var finished: [RecordBatch] = []

    /// - Parameter capacity: how many events may wait before the reader pauses.
    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Adds an event, waiting while the queue is full. The event is taken, not copied, so that a
    /// batch reaches the consumer with no other reference to it.
    ///
    /// Batches given back (``giveBack(_:)``) are freed here, on the reading thread, after the
    /// queue is unlocked.
    /// - Returns: `false` when the consumer has stopped and the reader should stop too.
    @discardableResult
    func push(_ event: consuming ReadEvent) -> Bool {
        var given: [RecordBatch] = []
        condition.lock()
        while events.count - head >= capacity, !cancelled { condition.wait() }
        let pushed = !cancelled
        if pushed {
            events.append(event)
            condition.broadcast()
        }
        swap(&given, &finished)
        condition.unlock()
        given.removeAll()
        return pushed
    }

    /// Gives a batch the consumer is done with back to the reading thread, which frees it at its
    /// next ``push(_:)``.
    func giveBack(_ batch: consuming RecordBatch) {
        condition.lock()
        defer { condition.unlock() }
        finished.append(batch)
    }

    /// Takes the next event, waiting while there is none.
    func pop() -> ReadEvent {
        condition.lock()
        defer { condition.unlock() }
        while head == events.count { condition.wait() }
        // Moved out, not copied, so that the consumer holds the only reference to the batch and
        // can take its records apart without copying them.
        var event = ReadEvent.end
        swap(&event, &events[head])
        head += 1
        if head > 64, head * 2 > events.count {
            events.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return event
    }

    /// Tells the reader to stop (the consumer failed or finished early).
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
