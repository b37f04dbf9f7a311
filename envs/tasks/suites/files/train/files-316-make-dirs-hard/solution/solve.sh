#!/usr/bin/env bash
mkdir -p /workspace/cedar/assets /workspace/cedar/data /workspace/cedar/old /workspace/cedar/data/stone /workspace/cedar/assets/harbor
