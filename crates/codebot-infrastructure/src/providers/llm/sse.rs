//! Server-Sent Events framing, as model APIs stream their answers: bytes in, `(event,
//! data)` pairs out, whatever the chunk boundaries (a chunk may end inside a line or
//! inside a UTF-8 character).

/// One event of the stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SseEvent {
    /// The `event:` field; empty when the event has none.
    pub event: String,
    /// The `data:` lines, joined with newlines.
    pub data: String,
}

/// Turns chunks of an event stream into events.
#[derive(Debug, Default)]
pub struct SseDecoder {
    pending: Vec<u8>,
    /// How much of `pending` is known to hold no event end.
    scanned: usize,
}

/// The most one event may hold before the stream is taken for garbage.
const MAX_EVENT_BYTES: usize = 4 * 1024 * 1024;

impl SseDecoder {
    /// Feeds one chunk; answers the events it completed. Fails when one event grows
    /// past a sane bound without ending.
    pub fn push(&mut self, chunk: &[u8]) -> Result<Vec<SseEvent>, String> {
        // Line ends may be CRLF; JSON data never holds a raw CR.
        self.pending
            .extend(chunk.iter().copied().filter(|b| *b != b'\r'));
        let mut events = Vec::new();
        loop {
            let from = self.scanned.saturating_sub(1);
            let Some(at) = self.pending[from..].windows(2).position(|w| w == b"\n\n") else {
                self.scanned = self.pending.len();
                break;
            };
            let end = from + at;
            let block: Vec<u8> = self.pending.drain(..end + 2).collect();
            self.scanned = 0;
            if let Some(event) = parse_block(&block[..end]) {
                events.push(event);
            }
        }
        if self.pending.len() > MAX_EVENT_BYTES {
            return Err(format!(
                "an event of the stream grew past {MAX_EVENT_BYTES} bytes"
            ));
        }
        Ok(events)
    }
}

fn parse_block(block: &[u8]) -> Option<SseEvent> {
    let text = String::from_utf8_lossy(block);
    let mut event = String::new();
    let mut data: Vec<&str> = Vec::new();
    for line in text.split('\n') {
        if line.starts_with(':') {
            continue; // a comment (keep-alive)
        }
        let (field, value) = line.split_once(':').unwrap_or((line, ""));
        let value = value.strip_prefix(' ').unwrap_or(value);
        match field {
            "event" => event = value.to_owned(),
            "data" => data.push(value),
            _ => {}
        }
    }
    // As the specification says: an event without data is not dispatched.
    if data.is_empty() {
        return None;
    }
    Some(SseEvent {
        event,
        data: data.join("\n"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_survive_any_chunking_including_split_characters_and_crlf() {
        let stream =
            "event: a\r\ndata: {\"x\":\"é\"}\r\n\r\n: keep-alive\n\nevent: b\ndata: 1\ndata: 2\n\n";
        let bytes = stream.as_bytes();
        for size in 1..bytes.len() {
            let mut decoder = SseDecoder::default();
            let mut events = Vec::new();
            for chunk in bytes.chunks(size) {
                events.extend(decoder.push(chunk).expect("decodes"));
            }
            assert_eq!(
                events,
                vec![
                    SseEvent {
                        event: "a".into(),
                        data: "{\"x\":\"é\"}".into()
                    },
                    SseEvent {
                        event: "b".into(),
                        data: "1\n2".into()
                    },
                ],
                "chunks of {size}"
            );
        }
    }

    #[test]
    fn an_event_that_never_ends_is_refused() {
        let mut decoder = SseDecoder::default();
        let big = vec![b'x'; MAX_EVENT_BYTES + 1];
        assert!(decoder.push(&big).is_err());
    }
}
