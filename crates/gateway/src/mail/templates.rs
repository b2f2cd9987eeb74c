//! The text of every message (SPEC §7), in Chinese and English, as plain text and as HTML.
//!
//! An outbox row names a template (`kind`) and carries what it needs (`payload`); the text is
//! written here when the row is sent, in the recipient's language. Each message says which ticket
//! (its public reference and title), what happened, and links to the ticket: the ticket page for
//! people with an account, the tracking page for anonymous filers. Everything taken from the
//! payload is HTML-escaped in the HTML part.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use minsheng_domain::Locale;
use serde_json::Value;

/// A message ready to be put in an envelope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// What a template needs besides the payload.
#[derive(Debug, Clone)]
pub struct MailContext<'a> {
    /// How people reach this installation, without a trailing slash.
    pub public_url: &'a str,
    /// Deadlines are shown in this time zone (the city's calendar's).
    pub time_zone: Tz,
}

/// One outbox row, as the templates see it.
#[derive(Debug, Clone, Copy)]
pub struct Letter<'a> {
    pub kind: &'a str,
    pub locale: Locale,
    pub payload: &'a Value,
    /// The recipient has an account (links go to the ticket page, not the tracking page).
    pub has_account: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RenderError {
    #[error("no template for message kind `{0}`")]
    UnknownKind(String),
    #[error("the `{kind}` message lacks `{field}`")]
    Missing { kind: String, field: &'static str },
}

/// Every message kind the store writes, for tests and documentation.
pub const KINDS: &[&str] = &[
    "filing_receipt",
    "dispatched",
    "question",
    "reply_published",
    "rate_request",
    "reopened",
    "merged",
    "refused",
    "followed_update",
    "supervision_order",
    "extension_decided",
    "yellow_card",
    "red_card",
    "accept_overdue",
    "problem_ticket",
    "password_reset",
];

/// A block of the message body.
enum Block {
    Para(String),
    /// Someone's own words (a question, a reply), set off from the rest.
    Quote(String),
}

/// A message before it is laid out as text and HTML.
struct Draft {
    subject: String,
    /// `None`: the usual "Hello".
    greeting: Option<String>,
    blocks: Vec<Block>,
    link: Option<(String, String)>,
}

fn s<'a>(p: &'a Value, k: &str) -> Option<&'a str> {
    p.get(k).and_then(Value::as_str).filter(|v| !v.is_empty())
}

fn instant(p: &Value, k: &str) -> Option<DateTime<Utc>> {
    s(p, k)
        .and_then(|v| DateTime::parse_from_rfc3339(v).ok())
        .map(|t| t.to_utc())
}

fn when(t: DateTime<Utc>, ctx: &MailContext<'_>, locale: Locale) -> String {
    let local = t.with_timezone(&ctx.time_zone);
    match locale {
        Locale::ZhCn => {
            let zone = if ctx.time_zone == chrono_tz::Asia::Shanghai {
                "北京时间".to_owned()
            } else {
                ctx.time_zone.to_string()
            };
            format!("{}（{zone}）", local.format("%Y年%-m月%-d日 %H:%M"))
        }
        Locale::En => format!(
            "{} ({})",
            local.format("%a %-d %b %Y, %H:%M"),
            ctx.time_zone
        ),
    }
}

/// Minimal percent-encoding for a query value.
fn query_value(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for b in v.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Renders one outbox row.
pub fn render(letter: Letter<'_>, ctx: &MailContext<'_>) -> Result<Rendered, RenderError> {
    let draft = if letter.kind == "password_reset" {
        password_reset(letter, ctx)?
    } else {
        ticket_message(letter, ctx)?
    };
    Ok(lay_out(draft, letter.locale))
}

fn password_reset(letter: Letter<'_>, ctx: &MailContext<'_>) -> Result<Draft, RenderError> {
    let p = letter.payload;
    let token = s(p, "token").ok_or_else(|| RenderError::Missing {
        kind: letter.kind.to_owned(),
        field: "token",
    })?;
    let url = format!(
        "{}/reset-password?token={}",
        ctx.public_url,
        query_value(token)
    );
    let name = s(p, "display_name");
    let expires = instant(p, "expires_at").map(|t| when(t, ctx, letter.locale));
    Ok(match letter.locale {
        Locale::ZhCn => Draft {
            subject: "【民声】重置您的密码".into(),
            greeting: name.map(|n| format!("{n}，您好：")),
            blocks: vec![
                Block::Para(match expires {
                    Some(e) => format!("我们收到了重置您民声账户密码的请求。请在 {e} 之前打开下面的链接设置新密码，链接只能使用一次。"),
                    None => "我们收到了重置您民声账户密码的请求。请在一小时内打开下面的链接设置新密码，链接只能使用一次。".into(),
                }),
                Block::Para("如果这不是您本人的操作，请忽略本邮件，您的密码不会改变。".into()),
            ],
            link: Some(("设置新密码".into(), url)),
        },
        Locale::En => Draft {
            subject: "Minsheng: reset your password".into(),
            greeting: name.map(|n| format!("Hello {n},")),
            blocks: vec![
                Block::Para(match expires {
                    Some(e) => format!("Someone asked to reset the password of your Minsheng account. Open the link below before {e} to choose a new one; it works once."),
                    None => "Someone asked to reset the password of your Minsheng account. Open the link below within the hour to choose a new one; it works once.".into(),
                }),
                Block::Para("If this was not you, ignore this message: your password stays as it is.".into()),
            ],
            link: Some(("Choose a new password".into(), url)),
        },
    })
}

fn ticket_message(letter: Letter<'_>, ctx: &MailContext<'_>) -> Result<Draft, RenderError> {
    let p = letter.payload;
    let missing = |field| RenderError::Missing {
        kind: letter.kind.to_owned(),
        field,
    };
    let reference = s(p, "reference").ok_or_else(|| missing("reference"))?;
    let ticket_id = s(p, "ticket_id").ok_or_else(|| missing("ticket_id"))?;
    let title = s(p, "title").unwrap_or("");
    let zh = letter.locale == Locale::ZhCn;
    let reply_due = instant(p, "reply_due").map(|t| when(t, ctx, letter.locale));
    let accept_due = instant(p, "accept_due").map(|t| when(t, ctx, letter.locale));
    let body = s(p, "body");
    let tracking_code = s(p, "tracking_code");

    // The ticket, as every message names it.
    let named = if zh {
        format!("工单 {reference}「{title}」")
    } else {
        format!("ticket {reference} \u{201c}{title}\u{201d}")
    };
    let your = if zh {
        format!("您的诉求 {reference}「{title}」")
    } else {
        format!("your request {reference} \u{201c}{title}\u{201d}")
    };
    let due_line = |zh_text: &str, en_text: &str| -> Option<Block> {
        reply_due.as_ref().map(|d| {
            Block::Para(if zh {
                format!("{zh_text}{d}。")
            } else {
                format!("{en_text}{d}.")
            })
        })
    };

    let (subject_zh, subject_en, mut blocks): (String, String, Vec<Block>) = match letter.kind {
        "filing_receipt" => {
            let mut b = vec![Block::Para(if zh {
                format!(
                    "我们已收到您的诉求「{title}」，编号为 {reference}。我们会尽快将它派至负责的部门。"
                )
            } else {
                format!(
                    "We have received your request \u{201c}{title}\u{201d}. Its reference is {reference}; we will send it to the department responsible."
                )
            })];
            if let Some(code) = tracking_code {
                b.push(Block::Para(if zh {
                    format!("您的查询码是 {code}。请妥善保存：凭编号和查询码，无需账户即可查看办理进度。")
                } else {
                    format!("Your tracking code is {code}. Keep it safe: with the reference, it lets you follow your request without an account.")
                }));
            }
            (
                format!("已收到您的诉求 {reference}"),
                format!("we received your request {reference}"),
                b,
            )
        }
        "dispatched" => {
            let mut b = vec![Block::Para(if zh {
                format!("{named}已派至本部门，请及时签收办理。")
            } else {
                format!(
                    "{} has been dispatched to your department. Please sign for it and work on it.",
                    capital(&named)
                )
            })];
            if let Some(a) = &accept_due {
                b.push(Block::Para(if zh {
                    format!("签收期限：{a}。")
                } else {
                    format!("Sign for it by {a}.")
                }));
            }
            b.extend(due_line("答复期限：", "The reply is due by "));
            (
                format!("新派工单 {reference}"),
                format!("new ticket {reference} for your department"),
                b,
            )
        }
        "question" => {
            let mut b = vec![Block::Para(if zh {
                format!("办理{your}的部门需要您补充情况：")
            } else {
                format!("The department handling {your} has a question for you:")
            })];
            if let Some(q) = body {
                b.push(Block::Quote(q.to_owned()));
            }
            b.push(Block::Para(if zh {
                "请在工单页面回复。在您回复之前，办理时限暂停计算。".into()
            } else {
                "Please answer on the ticket page. The deadline is paused until you do.".into()
            }));
            (
                format!("关于诉求 {reference}，需要您补充情况"),
                format!("a question about your request {reference}"),
                b,
            )
        }
        "reply_published" => {
            let mut b = vec![Block::Para(if zh {
                format!("{your}已有答复：")
            } else {
                format!("The department has answered {your}:")
            })];
            if let Some(r) = body {
                b.push(Block::Quote(r.to_owned()));
            }
            (
                format!("您的诉求 {reference} 已答复"),
                format!("your request {reference} has been answered"),
                b,
            )
        }
        "rate_request" => (
            format!("请评价诉求 {reference} 的办理结果"),
            format!("please rate the answer to {reference}"),
            vec![Block::Para(if zh {
                format!(
                    "{your}已经答复。问题解决了吗？请在工单页面评价办理结果；如果不满意，可以申请重办。"
                )
            } else {
                format!(
                    "{} has been answered. Is the matter solved? Please rate the answer on the ticket page; if you are not satisfied, you can ask for it to be reopened.",
                    capital(&your)
                )
            })],
        ),
        "reopened" => {
            let mut b = vec![Block::Para(if zh {
                format!("{named}已重办，请重新办理并答复。")
            } else {
                format!(
                    "{} has been reopened: please work on it again and reply.",
                    capital(&named)
                )
            })];
            b.extend(due_line("新的答复期限：", "The new reply deadline is "));
            (
                format!("工单 {reference} 已重办"),
                format!("ticket {reference} has been reopened"),
                b,
            )
        }
        "merged" => (
            format!("您的诉求 {reference} 已并单办理"),
            format!("your request {reference} was merged"),
            vec![Block::Para(if zh {
                format!("{your}与反映同一问题的其他诉求合并办理。合并后的办理结果也会告知您。")
            } else {
                format!(
                    "{} was merged with another request about the same matter. You will hear the outcome of that request.",
                    capital(&your)
                )
            })],
        ),
        "refused" => (
            format!("您的诉求 {reference} 不予受理"),
            format!("your request {reference} could not be accepted"),
            vec![Block::Para(if zh {
                format!(
                    "很抱歉，{your}不在热线受理范围内，不予受理。原因请见工单页面。如遇紧急情况，请拨打 110、119、120 或 122。"
                )
            } else {
                format!(
                    "We are sorry: {your} is outside what the hotline can handle, so it was not accepted. The reason is on the ticket page. In an emergency, call 110, 119, 120 or 122."
                )
            })],
        ),
        "followed_update" => {
            let state = s(p, "state").unwrap_or("");
            let (state_zh, state_en) = match state {
                "accepted" => (
                    "部门已签收，正在办理",
                    "the department has taken it on and is working on it",
                ),
                "awaiting_resident" => {
                    ("部门正在核实情况", "the department is checking the details")
                }
                "replied" => ("部门已答复", "the department has replied"),
                "closed" => ("已办结", "it has been closed"),
                "reopened" => ("已重新办理", "it has been reopened"),
                "refused" => ("不予受理", "it was not accepted"),
                "withdrawn" => ("已撤回", "it was withdrawn"),
                "merged" => (
                    "已与同一问题的其他诉求合并办理",
                    "it was merged with another request about the same matter",
                ),
                _ => ("办理状态已更新", "its status has changed"),
            };
            (
                format!("您关注的诉求 {reference} 有新进展"),
                format!("news on {reference}, which you follow"),
                vec![Block::Para(if zh {
                    format!("您关注的{named}有新进展：{state_zh}。")
                } else {
                    format!("There is news on {named}, which you follow: {state_en}.")
                })],
            )
        }
        "supervision_order" => {
            let mut b = vec![Block::Para(if zh {
                format!("{named}已被督办，请抓紧办理并答复。督办情况记入本部门的办理记录。")
            } else {
                format!(
                    "A supervision order has been issued for {named}. Please deal with it urgently and reply; the order is recorded in your department's record."
                )
            })];
            b.extend(due_line("答复期限：", "The reply was due by "));
            (
                format!("督办通知：工单 {reference}"),
                format!("supervision order for ticket {reference}"),
                b,
            )
        }
        "extension_decided" => {
            let approved = p.get("approved").and_then(Value::as_bool).unwrap_or(false);
            let mut b = vec![Block::Para(match (zh, approved) {
                (true, true) => format!("{named}的延期申请已批准。"),
                (true, false) => format!("{named}的延期申请未获批准，原答复期限不变。"),
                (false, true) => format!("The extension requested for {named} has been approved."),
                (false, false) => format!(
                    "The extension requested for {named} was not approved; the reply deadline stays as it was."
                ),
            })];
            b.extend(due_line("答复期限：", "The reply is due by "));
            if approved {
                (
                    format!("工单 {reference} 延期申请已批准"),
                    format!("extension approved for ticket {reference}"),
                    b,
                )
            } else {
                (
                    format!("工单 {reference} 延期申请未获批准"),
                    format!("extension not approved for ticket {reference}"),
                    b,
                )
            }
        }
        "yellow_card" => {
            let mut b = vec![Block::Para(if zh {
                format!("黄牌预警：{named}即将到达答复期限，请尽快答复。")
            } else {
                format!("Yellow card: the reply to {named} is due soon. Please reply in time.")
            })];
            b.extend(due_line("答复期限：", "The reply is due by "));
            (
                format!("黄牌预警：工单 {reference} 即将超期"),
                format!("yellow card: ticket {reference} is due soon"),
                b,
            )
        }
        "red_card" => {
            let mut b = vec![Block::Para(if zh {
                format!("红牌警告：{named}已超过答复期限仍未答复，现已显示为超期。")
            } else {
                format!(
                    "Red card: the reply to {named} is overdue, and the ticket now shows as overdue everywhere."
                )
            })];
            b.extend(due_line("原答复期限：", "The reply was due by "));
            (
                format!("红牌警告：工单 {reference} 已超期"),
                format!("red card: ticket {reference} is overdue"),
                b,
            )
        }
        "accept_overdue" => {
            let mut b = vec![Block::Para(if zh {
                format!("{named}已超过签收期限，仍未签收。")
            } else {
                format!(
                    "{} has not been signed for, and its accept deadline has passed.",
                    capital(&named)
                )
            })];
            if let Some(a) = &accept_due {
                b.push(Block::Para(if zh {
                    format!("签收期限：{a}。")
                } else {
                    format!("It was to be signed for by {a}.")
                }));
            }
            (
                format!("签收超时：工单 {reference}"),
                format!("ticket {reference} has not been signed for"),
                b,
            )
        }
        "problem_ticket" => (
            format!("疑难工单：{reference}"),
            format!("problem ticket {reference}"),
            vec![Block::Para(if zh {
                format!("{named}多次重办或在多个部门之间流转，已列为疑难工单，进入督办队列。")
            } else {
                format!(
                    "{} has been reopened or passed between departments many times. It is flagged as a problem ticket and is on the supervisors' queue.",
                    capital(&named)
                )
            })],
        ),
        other => return Err(RenderError::UnknownKind(other.to_owned())),
    };

    // Anonymous filers have no ticket page: they follow the ticket on the tracking page.
    // Followers read someone else's ticket: their page is the list of tickets they follow.
    let link = if letter.kind == "followed_update" {
        (
            if zh {
                "查看我关注的诉求"
            } else {
                "Tickets you follow"
            }
            .to_owned(),
            format!("{}/following", ctx.public_url),
        )
    } else if letter.has_account {
        (
            if zh {
                "查看工单"
            } else {
                "Open the ticket"
            }
            .to_owned(),
            format!("{}/tickets/{ticket_id}", ctx.public_url),
        )
    } else {
        // The receipt already explains the tracking code.
        if tracking_code.is_none() {
            blocks.push(Block::Para(if zh {
                "请凭编号和查询码在“进度查询”页面查看。".into()
            } else {
                "Follow it on the tracking page with the reference and your tracking code.".into()
            }));
        }
        (
            if zh {
                "查询办理进度"
            } else {
                "Track your request"
            }
            .to_owned(),
            format!("{}/track?ref={}", ctx.public_url, query_value(reference)),
        )
    };
    let subject = if zh {
        format!("【民声】{subject_zh}")
    } else {
        format!("Minsheng: {}", capital(&subject_en))
    };
    Ok(Draft {
        subject,
        greeting: None,
        blocks,
        link: Some(link),
    })
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// `&`, `<`, `>`, `"` and `'` as entities.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn lay_out(d: Draft, locale: Locale) -> Rendered {
    let (hello, footer) = match locale {
        Locale::ZhCn => (
            "您好：",
            "此邮件由民声（12345 市民服务热线）系统自动发送，请勿直接回复。",
        ),
        Locale::En => (
            "Hello,",
            "This message was sent automatically by Minsheng, the city's 12345 hotline. Please do not reply to it.",
        ),
    };
    let mut blocks = d.blocks;
    blocks.insert(
        0,
        Block::Para(d.greeting.unwrap_or_else(|| hello.to_owned())),
    );

    let mut text = String::new();
    for b in &blocks {
        match b {
            Block::Para(p) => text.push_str(p),
            Block::Quote(q) => {
                for line in q.lines() {
                    text.push_str("> ");
                    text.push_str(line);
                    text.push('\n');
                }
                text.pop();
            }
        }
        text.push_str("\n\n");
    }
    if let Some((label, url)) = &d.link {
        let colon = if locale == Locale::ZhCn { "：" } else { ": " };
        text.push_str(&format!("{label}{colon}{url}\n\n"));
    }
    text.push_str("-- \n");
    text.push_str(footer);
    text.push('\n');

    let lang = locale.as_str();
    let mut html = format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n</head>\n<body style=\"font-family: sans-serif; font-size: 16px; line-height: 1.6; color: #1a1a1a;\">\n",
        escape_html(&d.subject)
    );
    for b in &blocks {
        match b {
            Block::Para(p) => html.push_str(&format!("<p>{}</p>\n", escape_html(p))),
            Block::Quote(q) => html.push_str(&format!(
                "<blockquote style=\"white-space: pre-wrap; border-left: 4px solid #888; margin: 0; padding-left: 12px;\">{}</blockquote>\n",
                escape_html(q)
            )),
        }
    }
    if let Some((label, url)) = &d.link {
        html.push_str(&format!(
            "<p><a href=\"{}\">{}</a></p>\n",
            escape_html(url),
            escape_html(label)
        ));
    }
    html.push_str(&format!(
        "<hr>\n<p style=\"font-size: 14px; color: #555;\">{}</p>\n</body>\n</html>\n",
        escape_html(footer)
    ));
    Rendered {
        subject: d.subject,
        text,
        html,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ctx() -> MailContext<'static> {
        MailContext {
            public_url: "https://12345.example.gov.cn",
            time_zone: chrono_tz::Asia::Shanghai,
        }
    }

    fn ticket(extra: Value) -> Value {
        let mut p = json!({
            "ticket_id": "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
            "reference": "MS-2026-000123",
            "title": "路灯不亮 <script>alert(1)</script>",
            "state": "dispatched",
            "reply_due": "2026-05-08T02:00:00Z",
            "accept_due": "2026-04-14T02:00:00Z",
        });
        if let (Some(p), Some(e)) = (p.as_object_mut(), extra.as_object()) {
            p.extend(e.clone());
        }
        p
    }

    fn show(kind: &str, locale: Locale, payload: &Value, has_account: bool) -> String {
        let r = render(
            Letter {
                kind,
                locale,
                payload,
                has_account,
            },
            &ctx(),
        )
        .unwrap();
        format!(
            "Subject: {}\n\n--- text ---\n{}\n--- html ---\n{}",
            r.subject, r.text, r.html
        )
    }

    #[test]
    fn every_kind_renders_in_both_languages_with_a_link() {
        for kind in KINDS {
            let payload = if *kind == "password_reset" {
                json!({ "token": "abc", "display_name": "王芳", "expires_at": "2026-05-08T03:00:00Z" })
            } else {
                ticket(json!({ "body": "请补充照片", "approved": true }))
            };
            for locale in [Locale::ZhCn, Locale::En] {
                let r = render(
                    Letter {
                        kind,
                        locale,
                        payload: &payload,
                        has_account: true,
                    },
                    &ctx(),
                )
                .unwrap();
                assert!(r.text.contains("https://12345.example.gov.cn/"), "{kind}");
                assert!(
                    r.html.contains("href=\"https://12345.example.gov.cn/"),
                    "{kind}"
                );
                if *kind != "password_reset" {
                    assert!(
                        r.subject.contains("MS-2026-000123"),
                        "{kind}: {}",
                        r.subject
                    );
                }
                match *kind {
                    "password_reset" => {}
                    "followed_update" => assert!(r.text.contains("/following"), "{kind}"),
                    _ => assert!(r.text.contains("/tickets/0190a1b2-"), "{kind}"),
                }
                assert!(!r.html.contains("<script>"), "{kind} escapes the title");
                match locale {
                    Locale::ZhCn => assert!(r.subject.starts_with("【民声】"), "{kind}"),
                    Locale::En => assert!(r.subject.starts_with("Minsheng: "), "{kind}"),
                }
            }
        }
    }

    #[test]
    fn an_unknown_kind_or_missing_reference_is_an_error() {
        let p = ticket(json!({}));
        let letter = |kind| Letter {
            kind,
            locale: Locale::En,
            payload: &p,
            has_account: true,
        };
        assert_eq!(
            render(letter("birthday"), &ctx()),
            Err(RenderError::UnknownKind("birthday".into()))
        );
        let empty = json!({});
        assert!(matches!(
            render(
                Letter {
                    kind: "red_card",
                    locale: Locale::En,
                    payload: &empty,
                    has_account: true
                },
                &ctx()
            ),
            Err(RenderError::Missing { .. })
        ));
    }

    #[test]
    fn snapshot_filing_receipt_anonymous_zh() {
        let p = ticket(json!({ "state": "submitted", "tracking_code": "K7M2Q9XH4T3B" }));
        insta::assert_snapshot!(show("filing_receipt", Locale::ZhCn, &p, false));
    }

    #[test]
    fn snapshot_filing_receipt_en() {
        let p = ticket(json!({ "state": "submitted" }));
        insta::assert_snapshot!(show("filing_receipt", Locale::En, &p, true));
    }

    #[test]
    fn snapshot_yellow_card_zh() {
        insta::assert_snapshot!(show("yellow_card", Locale::ZhCn, &ticket(json!({})), true));
    }

    #[test]
    fn snapshot_red_card_en() {
        insta::assert_snapshot!(show("red_card", Locale::En, &ticket(json!({})), true));
    }

    #[test]
    fn snapshot_question_en() {
        let p = ticket(json!({ "body": "Which lamp post is it?\nA photo would help." }));
        insta::assert_snapshot!(show("question", Locale::En, &p, true));
    }

    #[test]
    fn snapshot_supervision_order_zh() {
        insta::assert_snapshot!(show(
            "supervision_order",
            Locale::ZhCn,
            &ticket(json!({})),
            true
        ));
    }

    #[test]
    fn snapshot_followed_update_zh() {
        let p = ticket(json!({ "state": "replied" }));
        insta::assert_snapshot!(show("followed_update", Locale::ZhCn, &p, true));
    }

    #[test]
    fn snapshot_password_reset_en() {
        let p = json!({ "token": "0f1e2d3c", "display_name": "Wang Fang", "expires_at": "2026-05-08T03:00:00Z" });
        insta::assert_snapshot!(show("password_reset", Locale::En, &p, true));
    }

    #[test]
    fn snapshot_password_reset_zh() {
        let p = json!({ "token": "0f1e2d3c", "display_name": "王芳", "expires_at": "2026-05-08T03:00:00Z" });
        insta::assert_snapshot!(show("password_reset", Locale::ZhCn, &p, true));
    }
}
