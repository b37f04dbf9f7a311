#!/usr/bin/env bash
mkdir -p /workspace/old/olive && mv /workspace/quartz.txt /workspace/old/olive/
