#!/usr/bin/env bash
mv /workspace/garnet.txt /workspace/archive/
