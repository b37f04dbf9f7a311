#!/usr/bin/env bash
mkdir -p /workspace/olive/notes /workspace/olive/assets /workspace/olive/archive /workspace/olive/notes/raven /workspace/olive/assets/river
