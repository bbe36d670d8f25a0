//! What `decode` reads: a bare body, or a raw HTTP response as `curl -i`
//! prints it (a status line and headers, a blank line, the body). Reading
//! never fails: input that does not parse as a response is a body.

/// The parts of a captured response that `decode` uses.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Captured<'a> {
    /// From the status line, when the input had one with a valid status.
    pub(crate) status: Option<u16>,
    /// The status line's code as written, when it is not a valid status
    /// (`600`, `-400`, `abc`); the status is then unknown.
    pub(crate) unreadable_status: Option<String>,
    /// The first non-empty `X-Request-Id` header (any case), else the first
    /// non-empty `X-...-Request-Id` (`X-Openstack-Request-Id`), as
    /// `ApiError::from_parts` reads them.
    pub(crate) request_id: Option<String>,
    /// Whether `request_id` came from `X-Request-Id` itself, the one header
    /// most SDKs read.
    pub(crate) request_id_is_x_request_id: bool,
    /// The first non-empty header named `X-Request-Id` in exactly that
    /// case, the one PHP's and C++'s SDKs read.
    pub(crate) x_request_id_in_its_case: Option<String>,
    /// Every `Retry-After` header's value (any case), as written.
    pub(crate) retry_after: Vec<Vec<u8>>,
    /// The first `Content-Type` header's media type (any case), lower-cased,
    /// without parameters.
    pub(crate) content_type: Option<String>,
    pub(crate) body: &'a [u8],
}

/// Splits `input` into a response's status, request id and body. Interim
/// responses before the response (`100 Continue`, a proxy's `200 Connection
/// established` answer to `CONNECT`) are skipped; after any other response,
/// what follows its blank line is its body, even when that looks like a
/// response itself.
pub(crate) fn read(input: &[u8]) -> Captured<'_> {
    let input = without_bom(input);
    let mut captured = Captured {
        status: None,
        unreadable_status: None,
        request_id: None,
        request_id_is_x_request_id: false,
        x_request_id_in_its_case: None,
        retry_after: Vec::new(),
        content_type: None,
        body: input,
    };
    let mut rest = input;
    loop {
        let start = rest
            .iter()
            .position(|byte| !byte.is_ascii_whitespace())
            .unwrap_or(rest.len());
        let response = &rest[start..];
        let (head, body) = split_head(response);
        let mut lines = head.split(|&byte| byte == b'\n').map(trim_cr);
        let Some(status_line) = lines.next().and_then(StatusLine::parse) else {
            // Not a status line: what follows is the body as it is.
            return captured;
        };
        let body = without_bom(body);
        let status = status_line.status();
        let fields = unfolded_headers(lines);
        // `curl -iL` prints each redirect it follows, with no body, and the
        // next response right after it.
        let followed_redirect = status.is_some_and(|status| (300..400).contains(&status))
            && fields
                .iter()
                .any(|(name, _)| name.is_some_and(|name| name.eq_ignore_ascii_case(b"location")))
            && body
                .split(|&byte| byte == b'\n')
                .next()
                .map(trim_cr)
                .and_then(StatusLine::parse)
                .is_some();
        captured = Captured {
            status,
            unreadable_status: status
                .is_none()
                .then(|| String::from_utf8_lossy(status_line.code).into_owned()),
            request_id_is_x_request_id: x_request_id_of(&fields).is_some(),
            x_request_id_in_its_case: first_value(&fields, |name| name == b"X-Request-Id"),
            request_id: x_request_id_of(&fields).or_else(|| other_request_id_of(&fields)),
            retry_after: fields
                .iter()
                .filter(|(name, _)| {
                    name.is_some_and(|name| name.eq_ignore_ascii_case(b"retry-after"))
                })
                .map(|(_, value)| value.clone())
                .collect(),
            content_type: content_type_of(&fields),
            body,
        };
        if !status_line.is_interim() && !followed_redirect {
            return captured;
        }
        rest = body;
    }
}

/// `HTTP/<version> <code> <reason>`, as far as its shape goes: the code is
/// any word, so that a status out of range is named, not taken for a body.
struct StatusLine<'a> {
    code: &'a [u8],
    reason: &'a [u8],
}

impl<'a> StatusLine<'a> {
    fn parse(line: &'a [u8]) -> Option<Self> {
        let after_name = line
            .get(..5)
            .filter(|name| name.eq_ignore_ascii_case(b"HTTP/"))
            .map(|_| &line[5..])?;
        let version_end = after_name
            .iter()
            .position(|byte| !(byte.is_ascii_digit() || *byte == b'.'))
            .unwrap_or(after_name.len());
        let after_version = &after_name[version_end..];
        if version_end == 0 || !after_version.first().is_some_and(u8::is_ascii_whitespace) {
            return None;
        }
        let after_version = after_version.trim_ascii_start();
        let code_end = after_version
            .iter()
            .position(u8::is_ascii_whitespace)
            .unwrap_or(after_version.len());
        let code = &after_version[..code_end];
        (!code.is_empty()).then(|| StatusLine {
            code,
            reason: after_version[code_end..].trim_ascii(),
        })
    }

    /// The status, when the code is one: three digits, 100 to 599.
    fn status(&self) -> Option<u16> {
        if self.code.len() != 3 || !self.code.iter().all(u8::is_ascii_digit) {
            return None;
        }
        std::str::from_utf8(self.code)
            .ok()?
            .parse()
            .ok()
            .filter(|status| (100..=599).contains(status))
    }

    /// Whether another response follows this one: an informational (1xx)
    /// response, or a proxy's answer to `CONNECT` before the tunnelled one.
    fn is_interim(&self) -> bool {
        match self.status() {
            Some(status) => {
                (100..200).contains(&status)
                    || (status == 200
                        && self.reason.eq_ignore_ascii_case(b"connection established"))
            }
            None => false,
        }
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

/// A head's header fields as (name, value), with obsolete line folding
/// undone: a line starting with a space or tab continues the field before
/// it, the fold read as one space (RFC 7230 §3.2.4), so it can never start
/// a field of its own. A line that is no field (no colon, or whitespace
/// before the colon, which RFC 9112 §5.1 forbids) has no name: it, and
/// what continues it, count for nothing.
fn unfolded_headers<'a>(lines: impl Iterator<Item = &'a [u8]>) -> Vec<(Option<&'a [u8]>, Vec<u8>)> {
    let mut fields: Vec<(Option<&[u8]>, Vec<u8>)> = Vec::new();
    for line in lines {
        if line
            .first()
            .is_some_and(|byte| matches!(byte, b' ' | b'\t'))
        {
            if let Some((_, value)) = fields.last_mut() {
                value.push(b' ');
                value.extend_from_slice(line.trim_ascii());
            }
            continue;
        }
        let field = line
            .iter()
            .position(|&byte| byte == b':')
            .map(|colon| (&line[..colon], &line[colon + 1..]))
            .filter(|(name, _)| !name.is_empty() && !name.iter().any(u8::is_ascii_whitespace));
        fields.push(match field {
            Some((name, value)) => (Some(name), value.trim_ascii().to_vec()),
            None => (None, Vec::new()),
        });
    }
    fields
}

/// The first non-empty value of a header `is_wanted` names.
fn first_value(
    fields: &[(Option<&[u8]>, Vec<u8>)],
    is_wanted: impl Fn(&[u8]) -> bool,
) -> Option<String> {
    fields.iter().find_map(|(name, value)| {
        let value = value.trim_ascii();
        (name.is_some_and(&is_wanted) && !value.is_empty())
            .then(|| String::from_utf8_lossy(value).into_owned())
    })
}

/// The first non-empty `X-Request-Id` (any case).
fn x_request_id_of(fields: &[(Option<&[u8]>, Vec<u8>)]) -> Option<String> {
    first_value(fields, |name| name.eq_ignore_ascii_case(b"x-request-id"))
}

/// The first non-empty `X-...-Request-Id` (`X-Openstack-Request-Id`, any
/// case), letters and dashes between.
fn other_request_id_of(fields: &[(Option<&[u8]>, Vec<u8>)]) -> Option<String> {
    first_value(fields, |name| {
        let name = name.to_ascii_lowercase();
        name.strip_prefix(b"x-")
            .and_then(|name| name.strip_suffix(b"-request-id"))
            .is_some_and(|middle| {
                !middle.is_empty()
                    && middle
                        .iter()
                        .all(|byte| byte.is_ascii_lowercase() || *byte == b'-')
            })
    })
}

/// The first `Content-Type`'s media type, lower-cased, without parameters.
fn content_type_of(fields: &[(Option<&[u8]>, Vec<u8>)]) -> Option<String> {
    fields.iter().find_map(|(name, value)| {
        name.is_some_and(|name| name.eq_ignore_ascii_case(b"content-type"))
            .then(|| {
                let media_type = value.split(|&byte| byte == b';').next().unwrap_or_default();
                String::from_utf8_lossy(media_type.trim_ascii()).to_ascii_lowercase()
            })
    })
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
                unreadable_status: None,
                request_id: None,
                request_id_is_x_request_id: false,
                x_request_id_in_its_case: None,
                retry_after: Vec::new(),
                content_type: None,
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
                unreadable_status: None,
                request_id: Some("5c6b0d7e".into()),
                request_id_is_x_request_id: true,
                x_request_id_in_its_case: Some("5c6b0d7e".into()),
                retry_after: Vec::new(),
                content_type: Some("application/json".into()),
                body: BODY
            }
        );
    }

    #[test]
    fn another_services_request_id_header_counts_when_x_request_id_is_absent() {
        let request_id = |head: &str| {
            read(format!("HTTP/1.1 400 Bad Request\r\n{head}\r\n\r\n{{}}").as_bytes()).request_id
        };
        assert_eq!(
            request_id("X-Openstack-Request-Id: o").as_deref(),
            Some("o")
        );
        assert_eq!(
            request_id("X-Openstack-Request-Id: o\r\nx-request-id: x").as_deref(),
            Some("x")
        );
        assert_eq!(
            request_id("X-1-Request-Id: n\r\nX-Request-Ids: n").as_deref(),
            None
        );
    }

    #[test]
    fn the_content_type_is_its_media_type_in_lower_case() {
        let content_type = |head: &str| {
            read(format!("HTTP/1.1 400 Bad Request\r\n{head}\r\n\r\n<Error/>").as_bytes())
                .content_type
        };
        assert_eq!(
            content_type("content-type: Application/XML; charset=utf-8").as_deref(),
            Some("application/xml")
        );
        assert_eq!(content_type("X-Request-Id: r"), None);
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
    fn a_line_not_shaped_as_a_status_line_leaves_the_input_a_body() {
        for input in [
            b"HTTP/".as_slice(),
            b"HTTP/1.1\r\n\r\n{}",
            b"HTTP/ 400\r\n\r\n{}",
            b"HTTP/x 400\r\n\r\n{}",
            b"HTTPS/1.1 400\r\n\r\n{}",
        ] {
            let captured = read(input);
            assert_eq!((captured.status, captured.body), (None, input));
        }
    }

    #[test]
    fn a_status_out_of_range_is_named_and_the_head_still_read() {
        for (line, code) in [
            "HTTP/1.1 600 Weird",
            "HTTP/2 99",
            "HTTP/1.1 4000",
            "HTTP/1.1 -400",
            "HTTP/1.1 +400",
            "HTTP/1.1 abc",
        ]
        .map(|line| (line, line.split(' ').nth(1).unwrap()))
        {
            let input = [line.as_bytes(), b"\r\nX-Request-Id: r-9\r\n\r\n", BODY].concat();
            assert_eq!(
                read(&input),
                Captured {
                    status: None,
                    unreadable_status: Some(code.to_owned()),
                    request_id: Some("r-9".into()),
                    request_id_is_x_request_id: true,
                    x_request_id_in_its_case: Some("r-9".into()),
                    retry_after: Vec::new(),
                    content_type: None,
                    body: BODY
                },
                "{line}"
            );
        }
    }

    #[test]
    fn a_body_that_looks_like_a_response_after_a_final_one_is_its_body() {
        let body = b"HTTP/1.1 500 X\r\nX-Request-Id: evil\r\n\r\n{}".as_slice();
        for head in [
            b"HTTP/1.1 400 Bad Request\r\nX-Request-Id: real\r\n\r\n".as_slice(),
            b"HTTP/1.1 200 OK\r\nX-Request-Id: real\r\n\r\n",
            b"HTTP/1.1 302 Found\r\nX-Request-Id: real\r\n\r\n",
            b"HTTP/1.1 600 Weird\r\nX-Request-Id: real\r\n\r\n",
        ] {
            let input = [head, body].concat();
            let captured = read(&input);
            assert_eq!(captured.body, body, "{head:?}");
            assert_eq!(captured.request_id.as_deref(), Some("real"), "{head:?}");
        }
    }

    #[test]
    fn interim_responses_are_skipped() {
        for interim in [
            "HTTP/1.1 100 Continue",
            "HTTP/1.1 103 Early Hints",
            "HTTP/1.0 200 Connection established",
            "HTTP/1.1 200 connection Established",
        ] {
            let input = [
                interim.as_bytes(),
                b"\r\n\r\nHTTP/1.1 409 Conflict\r\n\r\n",
                BODY,
            ]
            .concat();
            let captured = read(&input);
            assert_eq!(
                (captured.status, captured.body),
                (Some(409), BODY),
                "{interim}"
            );
        }
    }

    #[test]
    fn redirects_that_curl_followed_are_skipped() {
        for redirect in [
            "HTTP/1.1 301 Moved Permanently\r\nLocation: https://example.com/v2\r\n",
            "HTTP/2 302\r\nlocation: /other\r\nX-Request-Id: redirect\r\n",
        ] {
            let input = [
                redirect.as_bytes(),
                b"\r\nHTTP/1.1 404 Not Found\r\nX-Request-Id: real\r\n\r\n",
                BODY,
            ]
            .concat();
            let captured = read(&input);
            assert_eq!(captured.status, Some(404), "{redirect}");
            assert_eq!(captured.request_id.as_deref(), Some("real"), "{redirect}");
            assert_eq!(captured.body, BODY, "{redirect}");
        }
        // A redirect without a Location, or one whose body is not another
        // response, is the final response.
        let final_redirect = read(b"HTTP/1.1 304 Not Modified\r\n\r\nHTTP/1.1 500 X\r\n\r\n{}");
        assert_eq!(final_redirect.status, Some(304));
        let with_body = read(b"HTTP/1.1 302 Found\r\nLocation: /x\r\n\r\n<html>moved</html>");
        assert_eq!(with_body.status, Some(302));
        assert_eq!(with_body.body, b"<html>moved</html>");
    }

    #[test]
    fn a_folded_line_continues_the_field_before_it() {
        let request_id = |head: &str| {
            read(format!("HTTP/1.1 400 Bad Request\r\n{head}\r\n\r\n{{}}").as_bytes()).request_id
        };
        assert_eq!(request_id("X-Foo: a\r\n\tX-Request-Id: evil"), None);
        assert_eq!(request_id("X-Foo: a\r\n X-Request-Id: evil"), None);
        assert_eq!(
            request_id("X-Request-Id: abc\r\n  def").as_deref(),
            Some("abc def")
        );
        assert_eq!(
            request_id("X-Request-Id: abc\r\n\tdef\r\n ghi\r\nX-Other: 1").as_deref(),
            Some("abc def ghi")
        );
        assert_eq!(
            request_id("X-Request-Id:\r\n real").as_deref(),
            Some("real"),
            "a value folded onto the next line"
        );
        assert_eq!(request_id(" X-Request-Id: first-line-fold"), None);
    }

    #[test]
    fn whitespace_before_the_colon_makes_a_line_no_field() {
        let request_id = |head: &str| {
            read(format!("HTTP/1.1 400 Bad Request\r\n{head}\r\n\r\n{{}}").as_bytes()).request_id
        };
        assert_eq!(request_id("X-Request-Id : smuggled"), None);
        assert_eq!(request_id("X-Request-Id\t: smuggled"), None);
        assert_eq!(
            request_id("X-Request-Id : smuggled\r\n more\r\nX-Request-Id: real").as_deref(),
            Some("real")
        );
    }
}
