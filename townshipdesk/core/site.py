"""The installation's identity: role, 12-digit administrative division code (统计用区划代码), name."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from townshipdesk.core.store import Database, utc_now
from townshipdesk.core.text import check_length
from townshipdesk.errors import ReadOnlyRow, SetupError
from townshipdesk.i18n import Msg, msg

ROLES = ("township", "county")
# First two digits of the statistical division codes: provinces, autonomous regions, municipalities.
PROVINCE_PREFIXES = frozenset(
    ["11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82"]
)


@dataclass(frozen=True)
class Site:
    site_id: str
    role: str
    division_code: str
    name: str
    created_at: str

    def to_json(self) -> dict[str, str]:
        return asdict(self)


def validate_division_code(code: str, role: str) -> str:
    """Check a 12-digit division code fits the role; return it normalised, or raise SetupError."""
    code = code.strip()
    if len(code) != 12 or not code.isascii() or not code.isdigit():
        raise SetupError(
            msg(
                "区划代码必须是12位数字（统计用区划代码），收到“{code}”",
                "The division code must be 12 digits (statistical division code), got '{code}'",
                code=code,
            )
        )
    if code[:2] not in PROVINCE_PREFIXES:
        raise SetupError(
            msg(
                "区划代码“{code}”的前两位“{prefix}”不是有效的省级代码",
                "The first two digits '{prefix}' of '{code}' are not a province code",
                code=code,
                prefix=code[:2],
            )
        )
    if code[4:6] == "00":
        raise SetupError(
            msg(
                "区划代码“{code}”的第5–6位为00，不是县级或乡级单位",
                "Digits 5–6 of '{code}' are 00: not a county or township",
                code=code,
            )
        )
    if role == "township" and (code[6:9] == "000" or code[9:] != "000"):
        raise SetupError(
            msg(
                "乡镇的区划代码应为“县级6位 + 乡级3位（非000）+ 000”，收到“{code}”",
                "A township code is 6 county digits + 3 non-zero township digits + 000, got '{code}'",
                code=code,
            )
        )
    if role == "county" and code[6:] != "000000":
        raise SetupError(
            msg(
                "县级单位的区划代码后6位应为000000，收到“{code}”",
                "A county code ends in 000000, got '{code}'",
                code=code,
            )
        )
    return code


def validate_role(role: str) -> str:
    if role not in ROLES:
        raise SetupError(
            msg(
                "角色必须是 township（乡镇）或 county（县级），收到“{role}”",
                "The role must be township or county, got '{role}'",
                role=role,
            )
        )
    return role


def get_site(db: Database) -> Site | None:
    """The installation's identity, or None before `init`."""
    rows = db.query("SELECT site_id, role, division_code, name, created_at FROM site WHERE id = 1")
    return Site(**rows[0]) if rows else None


def own_site_id(db: Database) -> str:
    """This installation's site id, "" before `init` (what the registers stamp on the rows they create)."""
    site = get_site(db)
    return site.site_id if site else ""


def require_site(db: Database) -> Site:
    site = get_site(db)
    if site is None:
        raise SetupError(
            msg(
                "尚未设置本单位信息，请先运行 init（或在图形界面中完成首次设置）",
                "This installation is not set up yet: run init first (or finish the first-run dialog)",
            )
        )
    return site


def init_site(db: Database, role: str, division_code: str, name: str) -> Site:
    """Set the installation's identity once. Raises SetupError on bad values or a second set-up."""
    role = validate_role(role)
    code = validate_division_code(division_code, role)
    name = name.strip()
    if not name:
        raise SetupError(msg("单位名称不能为空", "The office name must not be empty"))
    check_length(name, Msg("单位名称", "office name"), SetupError)
    existing = get_site(db)
    if existing is not None:
        raise SetupError(
            msg(
                "本机已设置为“{name}”（{code}），不能重复初始化",
                "This installation is already set up as '{name}' ({code})",
                name=existing.name,
                code=existing.division_code,
            )
        )
    import uuid  # here: only setting up needs it, and it loads `platform` (the window's start-up waits for imports)

    site = Site(str(uuid.uuid4()), role, code, name, utc_now())
    with db.transaction():
        db.conn.execute(
            "INSERT INTO site (id, site_id, role, division_code, name, created_at) VALUES (1, ?, ?, ?, ?, ?)",
            (site.site_id, site.role, site.division_code, site.name, site.created_at),
        )
        db.audit("init", "site", site.site_id, site.to_json())
    return site


def require_own(db: Database, owner_site_id: str | None) -> None:
    """Rows belong to the office that made them: at the county a township's rows are read-only (its next bundle
    would silently overwrite any change). Raises ReadOnlyRow naming the township."""
    own = db.conn.execute("SELECT site_id FROM site WHERE id = 1").fetchone()
    if own is None or owner_site_id is None or owner_site_id == own[0]:
        return
    found = db.conn.execute("SELECT name FROM peers WHERE site_id = ?", (owner_site_id,)).fetchone()
    raise ReadOnlyRow(msg("这是“{n}”的数据，只能由该乡镇修改；县级只能查看（改动会被其下一个同步包覆盖）",
                          "This belongs to '{n}' and only that township can change it; the county can only view it (a "
                          "change would be overwritten by its next bundle)", n=found[0] if found else "乡镇"))
