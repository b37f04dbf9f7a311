#!/usr/bin/env bash
mv /workspace/pepper.txt /workspace/old/
