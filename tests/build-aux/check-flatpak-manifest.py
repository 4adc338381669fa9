#!/usr/bin/env python3
# check-flatpak-manifest.py: the Flatpak manifests in build-aux/, read by flatpak-builder itself,
# as TAP: permissions, pinned sources, the Devel twin, and every build-aux/dev package accounted
# for (build-aux/flatpak/debian-packages.txt).
#
#   check-flatpak-manifest.py FLATPAK_BUILDER SOURCE_ROOT
#
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import re
import subprocess
import sys
import tempfile

APP_ID = "io.github.hammyapp.Hammy"

# Each permission the app has, and why (docs/packaging.md says the same in words). One that is
# not here fails until its reason is added, here and in the docs.
PERMISSIONS = {
    "--socket=wayland": "the window",
    "--socket=fallback-x11": "the window where there is no Wayland",
    "--share=ipc": "X11's shared memory",
    "--device=dri": "drawing with the GPU",
    "--socket=pulseaudio": "the cue sounds and the voice",
    "--filesystem=xdg-documents": "the command line's exports",
}

KINDS = ("runtime", "sdk", "module", "not-needed")


def show_manifest(flatpak_builder, path):
    """The manifest as flatpak-builder reads it, as JSON. It runs in a temporary folder, where it
    leaves its .flatpak-builder state: the source tree stays clean."""
    with tempfile.TemporaryDirectory() as scratch:
        result = subprocess.run([flatpak_builder, "--show-manifest", os.path.abspath(path)],
                                cwd=scratch, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise ValueError(f"flatpak-builder --show-manifest {os.path.basename(path)}: "
                         f"{result.stderr.strip() or result.returncode}")
    return json.loads(result.stdout)


def dev_packages(dev_script):
    """The Debian packages in build-aux/dev's packages=( … ) list."""
    with open(dev_script, encoding="utf-8") as f:
        text = f.read()
    match = re.search(r"^packages=\((.*?)^\)", text, re.MULTILINE | re.DOTALL)
    if match is None:
        raise ValueError("build-aux/dev has no packages=( … ) list")
    body = re.sub(r"#.*", "", match.group(1))
    return body.split()


def read_mapping(path):
    """{package: (kind, module or None, reason)} and the problems found reading it."""
    mapping, problems = {}, []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            fields = line.split(None, 2)
            package, kind = fields[0], fields[1] if len(fields) > 1 else ""
            rest = fields[2] if len(fields) > 2 else ""
            module = None
            if kind == "module":
                parts = rest.split(None, 1)
                module = parts[0] if parts else ""
                rest = parts[1] if len(parts) > 1 else ""
            if kind not in KINDS:
                problems.append(f"line {number}: {package}: '{kind}' is none of {', '.join(KINDS)}")
            elif not rest.strip():
                problems.append(f"line {number}: {package}: no reason given")
            if package in mapping:
                problems.append(f"line {number}: {package} is there twice")
            mapping[package] = (kind, module, rest.strip())
    return mapping, problems


def mapping_problems(packages, mapping, manifest):
    """What is unmapped or names a module that is not there, and modules nothing asks for."""
    problems = []
    modules = [m["name"] for m in manifest["modules"]]
    for package in packages:
        if package not in mapping:
            problems.append(f"{package} (build-aux/dev) has no line in debian-packages.txt")
    wanted = set()
    for package, (kind, module, _) in mapping.items():
        if kind == "module":
            wanted.add(module)
            if module not in modules:
                problems.append(f"{package} maps to module {module}, which the manifest does not build")
    for module in modules:
        if module != "hammy" and module not in wanted:
            problems.append(f"module {module} is built, but no package in debian-packages.txt needs it")
    return problems


def source_problems(manifest, manifest_dir):
    problems = []
    for module in manifest["modules"]:
        for source in module.get("sources", []):
            kind = source.get("type")
            where = f"module {module['name']}: {kind} source"
            if kind in ("archive", "file") and "url" in source and not re.fullmatch(
                    r"[0-9a-f]{64}", source.get("sha256", "")):
                problems.append(f"{where} {source['url']} has no sha256")
            if kind == "git" and not re.fullmatch(r"[0-9a-f]{40}", source.get("commit", "")):
                problems.append(f"{where} {source.get('url')} is not pinned to a commit")
            if "path" in source and not os.path.exists(os.path.join(manifest_dir, source["path"])):
                problems.append(f"{where} {source['path']} does not exist")
    return problems


def app_problems(manifest, app_id, profile):
    problems = []
    if manifest.get("id", manifest.get("app-id")) != app_id:
        problems.append(f"the id is {manifest.get('id')}, not {app_id}")
    if manifest.get("runtime") != "org.gnome.Platform" or manifest.get("sdk") != "org.gnome.Sdk":
        problems.append("the runtime is not org.gnome.Platform with org.gnome.Sdk")
    if not re.fullmatch(r"\d+", str(manifest.get("runtime-version", ""))):
        problems.append(f"runtime-version {manifest.get('runtime-version')} is not a GNOME release")
    if manifest.get("command") != "hammy":
        problems.append("the command is not hammy")
    for arg in manifest.get("finish-args", []):
        if arg not in PERMISSIONS:
            problems.append(f"{arg} is a permission with no reason in this check or docs/packaging.md")
    app = manifest["modules"][-1]
    if app.get("name") != "hammy" or app.get("buildsystem") != "meson":
        problems.append("the last module is not hammy, built with meson")
    else:
        opts = app.get("config-opts", [])
        if f"-Dprofile={profile}" not in opts:
            problems.append(f"hammy is not built with -Dprofile={profile}")
        if "-Dtests=false" not in opts:
            problems.append("hammy is built with its tests, which need Xvfb and the checkers")
    return problems


def devel_problems(stable, devel):
    """The Devel manifest is the stable one with another id and profile, nothing else."""
    twin = json.loads(json.dumps(devel))
    twin["id"] = stable.get("id")
    for module in twin["modules"]:
        module["config-opts"] = ["-Dprofile=default" if opt == "-Dprofile=development" else opt
                                 for opt in module.get("config-opts", [])]
        if not module["config-opts"]:
            del module["config-opts"]
    if twin != stable:
        return ["io.github.hammyapp.Hammy.Devel.yml differs from io.github.hammyapp.Hammy.yml "
                "in more than the id and the profile"]
    return []


def main():
    flatpak_builder, root = sys.argv[1], sys.argv[2]
    build_aux = os.path.join(root, "build-aux")
    results = []

    def case(description, problems):
        results.append((description, problems))

    try:
        stable = show_manifest(flatpak_builder, os.path.join(build_aux, APP_ID + ".yml"))
        devel = show_manifest(flatpak_builder, os.path.join(build_aux, APP_ID + ".Devel.yml"))
    except ValueError as error:
        print("1..1")
        print(f"not ok 1 - flatpak-builder reads both manifests\n# {error}")
        return 1
    packages = dev_packages(os.path.join(build_aux, "dev"))
    mapping, read_problems = read_mapping(os.path.join(build_aux, "flatpak", "debian-packages.txt"))

    case("flatpak-builder reads both manifests", [])
    case("the stable manifest: GNOME runtime, only the reasoned permissions, hammy built with meson",
         app_problems(stable, APP_ID, "default"))
    case("the Devel manifest: its own id and -Dprofile=development",
         app_problems(devel, APP_ID + ".Devel", "development"))
    case("the Devel manifest differs in nothing else", devel_problems(stable, devel))
    case("every source is pinned by a checksum or a commit, and every local file is there",
         source_problems(stable, build_aux))
    case("debian-packages.txt: each line has a known kind and a reason", read_problems)
    case(f"each of build-aux/dev's {len(packages)} packages maps to the runtime, the SDK, a module "
         "or not needed, and each module is asked for",
         mapping_problems(packages, mapping, stable))
    # The check itself can fail: a package nobody mapped is found.
    unmapped = mapping_problems(packages + ["libhammy-imaginary-dev"], mapping, stable)
    case("a package missing from debian-packages.txt is reported",
         [] if any("libhammy-imaginary-dev" in p for p in unmapped) else ["it was not"])

    print(f"1..{len(results)}")
    failed = 0
    for number, (description, problems) in enumerate(results, 1):
        print(f"{'not ok' if problems else 'ok'} {number} - {description}")
        for problem in problems:
            print(f"# {problem}")
        failed += bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
