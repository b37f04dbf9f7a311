#!/usr/bin/env bash
mkdir -p /workspace/cedar/data
