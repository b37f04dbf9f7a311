#!/usr/bin/env bash
mkdir -p /workspace/olive/drafts
