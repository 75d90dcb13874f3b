"""A data directory per test that reuses the run's embedded index (no 12 s rebuild)."""

import shutil
import zipfile
from pathlib import Path

import pytest


GEONAMES = Path(__file__).parent.parent / "fixtures" / "geonames"


@pytest.fixture
def dumps(tmp_path):
    """The sample GeoNames files under the names GeoNames gives them, the dump zipped."""
    folder = tmp_path / "dumps"
    folder.mkdir()
    with zipfile.ZipFile(folder / "UA.zip", "w") as archive:
        archive.write(GEONAMES / "UA_sample.txt", "UA.txt")
    shutil.copy(GEONAMES / "admin1_sample.txt", folder / "admin1CodesASCII.txt")
    shutil.copy(GEONAMES / "alternates_sample.txt", folder / "alternateNamesV2.txt")
    return folder


@pytest.fixture
def resolver_over(home, tmp_path):
    """Makes a resolver over the embedded index and one sample dump, imported as ``UA.zip``."""
    from gazetteer import Resolver
    from gazetteer.importer import import_files
    from gazetteer.local import LocalStore

    def make(dump: Path) -> Resolver:
        archive = tmp_path / "UA.zip"
        with zipfile.ZipFile(archive, "w") as out:
            out.write(dump, "UA.txt")
        store = LocalStore()
        import_files([archive], store=store, progress=False)
        return Resolver(store=store)

    return make
