//! A small graphql-ws (`graphql-transport-ws`) client over tokio-tungstenite, as a browser app
//! would use: the access token goes in the `connection_init` payload.

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use std::collections::VecDeque;
use std::time::Duration;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

pub struct WsClient {
    socket: Socket,
    /// Messages read while waiting for another subscription's.
    parked: VecDeque<Value>,
}

impl WsClient {
    /// Connects to `http_url`'s `/graphql/ws` and sends `connection_init`. Returns the client and
    /// the server's first answer (`connection_ack`, or the close that refused the token).
    pub async fn connect(http_url: &str, token: Option<&str>) -> (Self, Value) {
        let url = format!("{}/graphql/ws", http_url.replacen("http://", "ws://", 1));
        let mut req = url.into_client_request().expect("a ws request");
        req.headers_mut().insert(
            "Sec-WebSocket-Protocol",
            HeaderValue::from_static("graphql-transport-ws"),
        );
        let (socket, _) = tokio_tungstenite::connect_async(req)
            .await
            .expect("the WebSocket connects");
        let mut c = WsClient {
            socket,
            parked: VecDeque::new(),
        };
        let payload = match token {
            Some(t) => json!({ "authorization": format!("Bearer {t}") }),
            None => json!({}),
        };
        c.send(json!({ "type": "connection_init", "payload": payload }))
            .await;
        let first = c.next_any(Duration::from_secs(10)).await;
        (c, first)
    }

    /// Connects and expects `connection_ack`.
    pub async fn connect_ok(http_url: &str, token: &str) -> Self {
        let (c, first) = Self::connect(http_url, Some(token)).await;
        assert_eq!(first["type"], "connection_ack", "{first}");
        c
    }

    async fn send(&mut self, v: Value) {
        self.socket
            .send(Message::Text(v.to_string().into()))
            .await
            .expect("send on the WebSocket");
    }

    /// Starts subscription `id`.
    pub async fn subscribe(&mut self, id: &str, query: &str, variables: Value) {
        self.send(json!({
            "id": id, "type": "subscribe",
            "payload": { "query": query, "variables": variables }
        }))
        .await;
    }

    /// The next protocol message, answering pings; a close frame comes back as
    /// `{"type": "close", "code": …}`.
    async fn next_any(&mut self, within: Duration) -> Value {
        self.try_next_any(within)
            .await
            .expect("a WebSocket message in time")
    }

    /// Like `next_any`, `None` when nothing came in time.
    async fn try_next_any(&mut self, within: Duration) -> Option<Value> {
        let deadline = tokio::time::Instant::now() + within;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            let msg = tokio::time::timeout(left, self.socket.next()).await.ok()?;
            match msg {
                Some(Ok(Message::Text(t))) => {
                    let v: Value = serde_json::from_str(t.as_str()).expect("JSON");
                    if v["type"] == "ping" {
                        self.send(json!({ "type": "pong" })).await;
                        continue;
                    }
                    return Some(v);
                }
                Some(Ok(Message::Close(frame))) => {
                    return Some(json!({
                        "type": "close",
                        "code": frame.as_ref().map(|f| u16::from(f.code)),
                        "reason": frame.as_ref().map(|f| f.reason.to_string()),
                    }));
                }
                Some(Ok(_)) => continue,
                Some(Err(e)) => return Some(json!({ "type": "close", "error": e.to_string() })),
                None => return Some(json!({ "type": "close" })),
            }
        }
    }

    /// The next message for subscription `id` (`next`, `error` or `complete`).
    pub async fn next_for(&mut self, id: &str, within: Duration) -> Value {
        if let Some(pos) = self.parked.iter().position(|m| m["id"] == id) {
            return self.parked.remove(pos).expect("parked message");
        }
        let deadline = tokio::time::Instant::now() + within;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            assert!(
                !left.is_zero(),
                "nothing arrived for subscription {id} in {within:?}"
            );
            let m = self.next_any(left).await;
            if m["id"] == id {
                return m;
            }
            assert_ne!(m["type"], "close", "the connection closed: {m}");
            self.parked.push_back(m);
        }
    }

    /// The data of the next `next` message for `id`, failing on anything else.
    pub async fn data_for(&mut self, id: &str, within: Duration) -> Value {
        let m = self.next_for(id, within).await;
        assert_eq!(m["type"], "next", "expected data for {id}: {m}");
        assert!(m["payload"]["errors"].is_null(), "errors for {id}: {m}");
        m["payload"]["data"].clone()
    }

    /// Asserts that no data arrives for `id` within `within` (its `complete` may).
    pub async fn quiet_for(&mut self, id: &str, within: Duration) {
        let data = |m: &Value| m["id"] == id && m["type"] != "complete";
        if let Some(m) = self.parked.iter().find(|m| data(m)) {
            panic!("unexpected message for {id}: {m}");
        }
        let deadline = tokio::time::Instant::now() + within;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            if left.is_zero() {
                return;
            }
            match self.try_next_any(left).await {
                None => return,
                Some(m) => {
                    assert!(!data(&m), "unexpected message for {id}: {m}");
                    self.parked.push_back(m);
                }
            }
        }
    }
}
