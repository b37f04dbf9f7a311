#!/usr/bin/env bash
mkdir -p /workspace/docs && mv /workspace/lantern.txt /workspace/docs/
