#!/usr/bin/env bash
mv /workspace/mango.txt /workspace/raven.txt
