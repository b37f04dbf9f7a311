#!/usr/bin/env bash
mv /workspace/jasper.txt /workspace/archive/
