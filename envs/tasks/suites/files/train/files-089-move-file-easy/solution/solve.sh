#!/usr/bin/env bash
mv /workspace/olive.txt /workspace/old/
