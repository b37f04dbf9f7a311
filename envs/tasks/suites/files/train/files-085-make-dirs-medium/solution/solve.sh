#!/usr/bin/env bash
mkdir -p /workspace/kettle/drafts /workspace/kettle/assets
