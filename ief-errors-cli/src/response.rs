//! What `decode` reads: a bare body, or a raw HTTP response as `curl -i`
//! prints it (a status line and headers, a blank line, the body). Reading
//! never fails: input that does not parse as a response is a body.

/// The parts of a captured response that `decode` uses.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Captured<'a> {
    /// From the status line, when the input had one.
    pub(crate) status: Option<u16>,
    /// The first non-empty `X-Request-Id` header (any case).
    pub(crate) request_id: Option<String>,
    pub(crate) body: &'a [u8],
}

/// Splits `input` into a response's status, request id and body. With
/// several responses in a row (`100 Continue`, a proxy's `CONNECT` answer,
/// redirects followed with `-L`), the last one is read.
pub(crate) fn read(input: &[u8]) -> Captured<'_> {
    let input = without_bom(input);
    let mut captured = Captured {
        status: None,
        request_id: None,
        body: input,
    };
    let mut rest = input;
    loop {
        let start = rest
            .iter()
            .position(|byte| !byte.is_ascii_whitespace())
            .unwrap_or(rest.len());
        let Some(response) = rest.get(start..).filter(|text| {
            text.get(..5)
                .is_some_and(|version| version.eq_ignore_ascii_case(b"HTTP/"))
        }) else {
            return captured;
        };
        let (head, body) = split_head(response);
        let mut lines = head.split(|&byte| byte == b'\n').map(trim_cr);
        let Some(status) = lines.next().and_then(status_of) else {
            // Not a status line after all: what follows is the body as it is.
            return captured;
        };
        let body = without_bom(body);
        captured = Captured {
            status: Some(status),
            request_id: lines.find_map(request_id_of),
            body,
        };
        rest = body;
    }
}

/// `text` without the UTF-8 byte-order mark an editor or a Windows tool
/// may put before a saved response or its body.
fn without_bom(text: &[u8]) -> &[u8] {
    text.strip_prefix(b"\xef\xbb\xbf").unwrap_or(text)
}

/// The head (up to the first blank line) and what follows it.
fn split_head(response: &[u8]) -> (&[u8], &[u8]) {
    let mut line_start = 0;
    while line_start < response.len() {
        let line_end = response[line_start..]
            .iter()
            .position(|&byte| byte == b'\n')
            .map_or(response.len(), |offset| line_start + offset);
        if trim_cr(&response[line_start..line_end]).is_empty() && line_start > 0 {
            let body_start = (line_end + 1).min(response.len());
            return (&response[..line_start], &response[body_start..]);
        }
        line_start = line_end + 1;
    }
    (response, &[])
}

fn trim_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// `HTTP/1.1 400 Bad Request`, `HTTP/2 400`: the status, 100 to 599.
fn status_of(line: &[u8]) -> Option<u16> {
    let line = std::str::from_utf8(line).ok()?;
    let mut words = line.split_ascii_whitespace();
    let version = words.next()?;
    if !version
        .get(..5)
        .is_some_and(|prefix| prefix.eq_ignore_ascii_case("HTTP/"))
    {
        return None;
    }
    let status = words.next()?;
    if status.len() != 3 || !status.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    status
        .parse()
        .ok()
        .filter(|status| (100..=599).contains(status))
}

fn request_id_of(line: &[u8]) -> Option<String> {
    let colon = line.iter().position(|&byte| byte == b':')?;
    let (name, value) = (&line[..colon], &line[colon + 1..]);
    if !name.trim_ascii().eq_ignore_ascii_case(b"x-request-id") {
        return None;
    }
    let value = String::from_utf8_lossy(value.trim_ascii()).into_owned();
    (!value.is_empty()).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &[u8] = br#"{"error_code":"IEF.100004","error_msg":"bad offset"}"#;

    #[test]
    fn a_bare_body_is_read_as_it_is() {
        assert_eq!(
            read(BODY),
            Captured {
                status: None,
                request_id: None,
                body: BODY
            }
        );
    }

    #[test]
    fn curl_i_output_with_crlf_gives_status_request_id_and_body() {
        let input = [
            b"HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nX-Request-Id: 5c6b0d7e\r\n\r\n".as_slice(),
            BODY,
        ]
        .concat();
        assert_eq!(
            read(&input),
            Captured {
                status: Some(400),
                request_id: Some("5c6b0d7e".into()),
                body: BODY
            }
        );
    }

    #[test]
    fn http2_lowercase_headers_and_bare_newlines_are_read() {
        let input = [
            b"HTTP/2 401\nx-request-id:  ab12 \nx-request-id: later\n\n".as_slice(),
            BODY,
        ]
        .concat();
        let captured = read(&input);
        assert_eq!(captured.status, Some(401));
        assert_eq!(
            captured.request_id.as_deref(),
            Some("ab12"),
            "the first wins"
        );
        assert_eq!(captured.body, BODY);
    }

    #[test]
    fn the_last_of_several_responses_is_read() {
        let input = [
            b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 Connection established\r\nX-Request-Id: proxy\r\n\r\nHTTP/1.1 409 Conflict\r\n\r\n".as_slice(),
            BODY,
        ]
        .concat();
        let captured = read(&input);
        assert_eq!(captured.status, Some(409));
        assert_eq!(captured.request_id, None);
        assert_eq!(captured.body, BODY);
    }

    #[test]
    fn a_byte_order_mark_before_the_response_or_its_body_is_skipped() {
        let bom = b"\xef\xbb\xbf".as_slice();
        let head = b"HTTP/1.1 400 Bad Request\r\n\r\n".as_slice();
        for input in [
            [bom, BODY].concat(),
            [bom, head, BODY].concat(),
            [head, bom, BODY].concat(),
        ] {
            assert_eq!(read(&input).body, BODY, "{input:?}");
        }
        assert_eq!(read(&[bom, head, BODY].concat()).status, Some(400));
    }

    #[test]
    fn the_protocol_name_is_read_in_any_case() {
        assert_eq!(
            read(b"http/1.1 400 Bad Request\r\n\r\n{}").status,
            Some(400)
        );
    }

    #[test]
    fn a_head_without_a_body_has_an_empty_body() {
        let captured = read(b"HTTP/1.1 502 Bad Gateway\r\nServer: x\r\n");
        assert_eq!(captured.status, Some(502));
        assert!(captured.body.is_empty());
    }

    #[test]
    fn a_broken_status_line_leaves_the_input_a_body() {
        for input in [
            b"HTTP/1.1 abc\r\n\r\n{}".as_slice(),
            b"HTTP/1.1 999 Nope\r\n\r\n{}",
            b"HTTP/",
        ] {
            let captured = read(input);
            assert_eq!((captured.status, captured.body), (None, input));
        }
    }
}
