#!/usr/bin/env bash
mkdir -p /workspace/mango/notes /workspace/mango/archive /workspace/mango/reports /workspace/mango/archive/mango /workspace/mango/notes/harbor
